import { join } from "node:path";
import { readInputs } from "../../../../src/app/readInputs";
import { runRules } from "../../../../src/core/rules/engine";
import { NOTICE_RULES } from "../../../../src/core/rules/notice";
import { createXlsxGateway, openXlsxFile } from "../../../../src/xlsx";
import { PLANTED_MISTAKES } from "../../../../samples/generator/plantedMistakes";
import { brief } from "../ruleHarness";

/** The samples describe the workbook four days before the 2026-12-10 meeting. */
const TODAY = "2026-12-06";

async function findingsOf(file: string) {
  const book = await openXlsxFile(join(__dirname, "../../../../samples", file));
  const { parsed } = await readInputs(createXlsxGateway(book));
  return { sheet: parsed.event.sheet!, findings: runRules(parsed, NOTICE_RULES, TODAY).findings };
}

describe.each(["annual-work-conference.zh.xlsx", "annual-conference.en.xlsx"])("notice rules on %s", (file) => {
  let result: Awaited<ReturnType<typeof findingsOf>>;
  beforeAll(async () => {
    result = await findingsOf(file);
  });

  it("find the missing dress code at its empty value, and nothing else", () => {
    const planted = PLANTED_MISTAKES.filter((m) => m.family === "event/notice");
    expect(planted.map((m) => m.id)).toEqual(["dressCodeMissing"]);
    // The venue, check-in place, dates and contact are all given in full.
    expect(brief(result.findings)).toEqual([`warning ${result.sheet}!${planted[0].cell} notice.element-missing`]);
  });
});
