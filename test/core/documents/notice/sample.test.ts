import { join } from "node:path";
import { readInputs } from "../../../../src/app/readInputs";
import { noticeSheet, NOTICE_SHEET_NAME, type NoticeResult } from "../../../../src/core/documents/notice";
import { outputTarget } from "../../../../src/core/plan/outputTarget";
import { createXlsxGateway, openXlsxFile } from "../../../../src/xlsx";

/** Reads the sample, drafts the notice over the previous one (if any) and writes it. */
async function runOnce(gateway: ReturnType<typeof createXlsxGateway>): Promise<NoticeResult> {
  const { parsed, snapshot } = await readInputs(gateway);
  const target = outputTarget(snapshot, "notice", NOTICE_SHEET_NAME[parsed.lang]);
  const previous = target.exists ? (await gateway.read([target.name])).sheets[0] : undefined;
  const result = noticeSheet({ target, lang: parsed.lang, event: parsed.event, previous });
  await gateway.apply({ sheets: [result.sheet] });
  return result;
}

describe.each(["annual-work-conference.zh.xlsx", "annual-conference.en.xlsx"])("the notice of %s", (file) => {
  it("shows the planted missing dress code as a placeholder, and a second run through the workbook changes nothing", async () => {
    const gateway = createXlsxGateway(await openXlsxFile(join(__dirname, "../../../../samples", file)));
    const first = await runOnce(gateway);
    expect(first.missing).toEqual(["dressCode"]);
    const second = await runOnce(gateway);
    expect(second.sheet.values).toEqual(first.sheet.values);
    expect(second.sheet.formats).toEqual(first.sheet.formats);
    expect(second.sheet).toMatchObject({ exists: true, marker: "current", name: first.sheet.name });
  });
});
