import { join } from "node:path";
import { readInputs } from "../../../../src/app/readInputs";
import { noticeSheet, NOTICE_SHEET_NAME, type NoticeResult } from "../../../../src/core/documents/notice";
import { outputTarget } from "../../../../src/core/plan/outputTarget";
import { createXlsxGateway, openXlsxFile } from "../../../../src/xlsx";
import { linesOf } from "./noticeFixture";

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
  const open = async () => createXlsxGateway(await openXlsxFile(join(__dirname, "../../../../samples", file)));

  it("shows the planted missing dress code as a placeholder, and a second run through the workbook changes nothing", async () => {
    const gateway = await open();
    const first = await runOnce(gateway);
    expect(first.missing).toEqual(["dressCode"]);
    const second = await runOnce(gateway);
    expect(second.sheet.values).toEqual(first.sheet.values);
    expect(second.sheet.formats).toEqual(first.sheet.formats);
    expect(second.sheet.page).toEqual(first.sheet.page);
    expect(second.sheet).toMatchObject({ exists: true, marker: "current", name: first.sheet.name });
  });

  it("keeps the lines the planner retyped in the notice and the paragraph they added, through the workbook", async () => {
    const gateway = await open();
    const first = await runOnce(gateway);
    const dress = linesOf(first.sheet).get("dressCode")!.row;
    const attachment = linesOf(first.sheet).get("attachment")!.row;
    const typed = file.includes(".zh.") ? "　　六、着装要求：深色正装。" : "6. Dress code: Business attire.";
    const attached = file.includes(".zh.") ? "　　附件：参会回执（请用 A4 纸打印）" : "Attached: Reply form (please print it on A4)";
    const cc = file.includes(".zh.") ? "抄送：市委办公室" : "Copy: Chief Executive's office";
    const end = first.sheet.values[0].values.length;
    await gateway.apply({
      sheets: [
        {
          name: first.sheet.name,
          mode: "update",
          exists: true,
          values: [
            { row: dress, col: 0, values: [[typed]] },
            { row: attachment, col: 0, values: [[attached]] },
            { row: end, col: 0, values: [[cc]] },
          ],
        },
      ],
    });
    const second = await runOnce(gateway);
    expect(second.missing).toEqual([]);
    expect(second.findings.map((f) => f.cell)).toEqual(["A1", "A1"]); // only the sign-off is left to give
    expect(linesOf(second.sheet).get("dressCode")!.text).toBe(typed);
    expect(linesOf(second.sheet).get("attachment")!.text).toBe(attached);
    const grid = second.sheet.values[0].values;
    expect(grid[grid.length - 1]).toEqual([cc, "", ""]);
    expect(second.sheet.page!.printArea).toEqual({ row: 1, col: 0, rows: grid.length - 1, cols: 1 });
    const third = await runOnce(gateway);
    expect(third.sheet.values).toEqual(second.sheet.values);
  });
});
