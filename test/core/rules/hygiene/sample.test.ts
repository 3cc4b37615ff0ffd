import { join } from "node:path";
import { readInputs } from "../../../../src/app/readInputs";
import { runRules } from "../../../../src/core/rules/engine";
import { HYGIENE_RULES } from "../../../../src/core/rules/hygiene";
import type { ParsedWorkbook } from "../../../../src/core/schema/parseWorkbook";
import { createXlsxGateway, openXlsxFile } from "../../../../src/xlsx";
import { PLANTED_MISTAKES } from "../../../../samples/generator/plantedMistakes";
import { brief } from "../ruleHarness";

/** The samples describe the workbook four days before the 2026-12-10 meeting. */
const TODAY = "2026-12-06";

async function parse(file: string): Promise<ParsedWorkbook> {
  const book = await openXlsxFile(join(__dirname, "../../../../samples", file));
  return (await readInputs(createXlsxGateway(book))).parsed;
}

describe.each(["annual-work-conference.zh.xlsx", "annual-conference.en.xlsx"])("hygiene rules on %s", (file) => {
  let wb: ParsedWorkbook;
  beforeAll(async () => {
    wb = await parse(file);
  });

  it("find the date and the amount typed as text, and nothing else", () => {
    const byId = new Map(PLANTED_MISTAKES.map((m) => [m.id, m]));
    const date = byId.get("dateAsText")!;
    const money = byId.get("moneyAsText")!;
    // Every other date and amount in the samples is a real Excel date or number.
    expect(brief(runRules(wb, HYGIENE_RULES, TODAY).findings)).toEqual([
      `info ${wb.roster.sheet}!${date.cell} hygiene.date-as-text`,
      `info ${wb.budget.sheet}!${money.cell} hygiene.number-as-text`,
    ]);
  });
});
