import { join } from "node:path";
import { readInputs } from "../../../../src/app/readInputs";
import { BUDGET_RULES } from "../../../../src/core/rules/budget";
import { runRules, type RulesResult } from "../../../../src/core/rules/engine";
import { createXlsxGateway, openXlsxFile } from "../../../../src/xlsx";
import { PLANTED_MISTAKES } from "../../../../samples/generator/plantedMistakes";

const SAMPLES = join(__dirname, "../../../../samples");
const planted = PLANTED_MISTAKES.filter((m) => m.family.startsWith("budget/"));

describe.each([
  ["annual-work-conference.zh.xlsx", "预算"],
  ["annual-conference.en.xlsx", "Budget"],
])("budget rules on the sample %s", (file, budgetSheet) => {
  let result: RulesResult;

  beforeAll(async () => {
    const { parsed } = await readInputs(createXlsxGateway(await openXlsxFile(join(SAMPLES, file))));
    // The samples describe the state four days before the 2026-12-10 meeting.
    result = runRules(parsed, BUDGET_RULES, "2026-12-06");
  });

  it("run in full and find every planted budget mistake at its cell", () => {
    expect(result.skipped).toEqual([]);
    expect(planted.map((m) => m.id)).toEqual(["overBudget", "actualWithoutInvoice"]);
    for (const m of planted) expect(result.findings.some((f) => f.sheet === budgetSheet && f.cell === m.cell)).toBe(true);
  });

  it("report nothing else: the planted mistakes are the only findings", () => {
    // Meals (3 a person), papers, badges and room-nights fit the roster; the contingency is about 7 %;
    // both speaker lines are there; nothing but signage is over; the total is within the approved one.
    expect(result.findings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.id}`)).toEqual([
      `error ${budgetSheet}!G7 budget.line-over`,
      `warning ${budgetSheet}!I9 budget.missing-paperwork`,
    ]);
  });
});
