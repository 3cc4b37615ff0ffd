import type { SheetWrite } from "../../src/core/plan/writePlan";
import { describeFitProblems, printFitProblems } from "../support/printFit";
import { writtenSheets } from "../support/writtenSheets";

describe.each([
  ["annual-work-conference.zh.xlsx", "zh"],
  ["annual-work-conference.zh.xlsx", "en"],
  ["annual-conference.en.xlsx", "en"],
  ["annual-conference.en.xlsx", "zh"],
] as const)("every sheet written for %s in %s prints whole", (file, lang) => {
  let sheets: SheetWrite[];
  beforeAll(async () => {
    sheets = await writtenSheets(file, lang);
  }, 120_000);

  it("writes the sheets a planner prints", () => {
    expect(sheets.map((s) => s.owner).sort()).toEqual(
      expect.arrayContaining([
        "issues",
        "budgetReview",
        "daisSeating",
        "tableTents",
        "tableAssignment",
        "tableChart",
        "roomAllocation",
        "notice",
      ]),
    );
  });

  it("cuts and overprints no text on paper", () => {
    const problems = sheets.flatMap((s) => describeFitProblems(printFitProblems(s)));
    expect(problems).toEqual([]);
  });
});
