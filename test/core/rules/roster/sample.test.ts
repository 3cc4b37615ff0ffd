import path from "node:path";
import { readInputs } from "../../../../src/app/readInputs";
import { runRules } from "../../../../src/core/rules/engine";
import { ROSTER_RULES } from "../../../../src/core/rules/roster";
import { createXlsxGateway, openXlsxFile } from "../../../../src/xlsx";
import { PLANTED_MISTAKES } from "../../../../samples/generator";
import { brief } from "../ruleHarness";

/** The planted mistakes this family reports; accommodation, travel and rooms belong to the travel rules. */
const FAMILIES = new Set(["roster/rsvp", "roster/badges", "roster/duplicates", "roster/contact", "roster/seating"]);
const SAMPLES = [
  { file: "annual-work-conference.zh.xlsx", sheet: "参会人员" },
  { file: "annual-conference.en.xlsx", sheet: "Roster" },
];

async function findingsOf(file: string) {
  const book = await openXlsxFile(path.join(__dirname, "../../../../samples", file));
  const { parsed } = await readInputs(createXlsxGateway(book));
  // The samples describe the state four days before the 2026-12-10 meeting.
  return runRules(parsed, ROSTER_RULES, "2026-12-06").findings;
}

describe.each(SAMPLES)("roster rules on $file", ({ file, sheet }) => {
  it("find every planted roster mistake at its cell", async () => {
    const found = new Set((await findingsOf(file)).map((f) => `${f.sheet}!${f.cell}`));
    const planted = PLANTED_MISTAKES.filter((m) => FAMILIES.has(m.family));
    expect(planted.map((m) => m.family).sort()).toEqual([...FAMILIES].sort());
    for (const m of planted) expect(found).toContain(`${sheet}!${m.cell}`);
  });

  it("report nothing else", async () => {
    expect(brief(await findingsOf(file))).toEqual([
      `warning ${sheet}!J32 roster.invalid-phone`,
      `error ${sheet}!B38 roster.possible-duplicate`,
      `error ${sheet}!M26 roster.badge-mismatch`,
      `warning ${sheet}!I11 roster.vip-unconfirmed`,
      `warning ${sheet}!AD41 roster.inactive-seated`,
    ]);
  });
});
