import { columnPoints, printableArea } from "../../../../src/core/plan/paperGeometry";
import { generateConference } from "../../../../samples/generator";
import type { CellValue } from "../../../../src/core/cellValue";
import { noticeSheet } from "../../../../src/core/documents/notice";
import { DOCUMENT_FOOTER, DOCUMENT_MARGINS } from "../../../../src/core/plan/printSetup";
import type { FormatSpec, SheetWrite } from "../../../../src/core/plan/writePlan";
import type { SheetSnapshot } from "../../../../src/workbook/gateway";
import { FULL_EVENT, FULL_EVENT_EN, withRow } from "../../rules/notice/eventFixture";
import { workbook } from "../../rules/ruleHarness";
import { edit, eventOf, gridOf, linesOf, printedText, snapshotOf, TARGET } from "./noticeFixture";

const run = (rows: CellValue[][], previous?: SheetSnapshot) => noticeSheet({ target: TARGET, lang: "zh", event: eventOf(rows), previous });
const runEn = (rows: CellValue[][], previous?: SheetSnapshot) =>
  noticeSheet({ target: { ...TARGET, name: "Notice" }, lang: "en", event: eventOf(rows, "en"), previous });

const SIGNED: CellValue[][] = [...FULL_EVENT, ["发文单位", "市政府办公室"], ["发文日期", "2026-12-02"]];

/** The formatting column A's cell on `row` ends up with, the sheet's formats applied in order. */
function formatAt(sheet: SheetWrite, row: number): Omit<FormatSpec, "range"> {
  const covering = (sheet.formats ?? []).filter((f) => f.range.col === 0 && f.range.row <= row && row < f.range.row + f.range.rows);
  return Object.assign({}, ...covering.map(({ range: _range, ...rest }) => rest)) as Omit<FormatSpec, "range">;
}
const heightAt = (sheet: SheetWrite, row: number) => sheet.rowHeights!.find((h) => h.row === row)!.height;
const rowOf = (sheet: SheetWrite, key: string) => linesOf(sheet).get(key)!.row;
const placeholderRows = (sheet: SheetWrite) =>
  (sheet.formats ?? []).filter((f) => f.fill === "#FFF2CC" && f.range.col === 0).map((f) => f.range.row);

describe("noticeSheet", () => {
  it("writes the notice in column A, one paragraph a row, with its generated copy in B and its key in C", () => {
    const { sheet, missing, findings } = run(SIGNED);
    expect(missing).toEqual([]);
    expect(findings).toEqual([]);
    const grid = gridOf(sheet);
    expect(grid[0]).toEqual([
      "在 A 列修改通知正文，可增删段落；重新生成时保留您改过的内容。灰色列为自动生成的原文，不打印。",
      "自动生成的原文（不打印）",
      "键",
    ]);
    expect(printedText(sheet)).toEqual([
      "关于召开2026年度工作会议的通知",
      "",
      "各部门主要负责同志：",
      "　　经研究，决定召开2026年度工作会议。现将有关事项通知如下：",
      "　　一、会议时间：2026年12月10日（星期四）上午9:00至12月11日（星期五）下午5:30，会期2天。",
      "　　二、会议地点：市行政中心3号楼6楼第一会议室。",
      "　　三、参会人员：各部门主要负责同志。",
      "　　四、会议内容：总结2026年工作，部署2027年重点任务。",
      "　　五、报到时间及地点：2026年12月9日（星期三）下午2:00，报到地点：市行政中心3号楼1楼大厅。",
      "　　六、着装要求：正装。",
      "　　七、有关事项：请于2026年12月7日前报送参会回执。",
      "　　八、联系方式：联系人：刘莹，联系电话：15782964053。",
      "　　特此通知。",
      "",
      "　　附件：参会回执",
      "",
      "",
      "市政府办公室　　",
      "2026年12月2日　　",
    ]);
    const lines = linesOf(sheet);
    expect([...lines.keys()]).toEqual([
      "title",
      "salutation",
      "opening",
      "duration",
      "venue",
      "attendeesScope",
      "content",
      "checkInTime",
      "dressCode",
      "notes",
      "contact",
      "closing",
      "attachment",
      "signOff",
      "date",
    ]);
    for (const line of lines.values()) expect(line.copy).toBe(line.text);
    // The spacer rows are empty in every column.
    for (const r of [2, 14, 16, 17]) expect(grid[r]).toEqual(["", "", ""]);
  });

  it("sets the title in 黑体 22 pt centred, the text in 仿宋 16 pt, and the sign-off right-aligned", () => {
    const { sheet } = run(SIGNED);
    expect(formatAt(sheet, rowOf(sheet, "title"))).toMatchObject({ fontName: "黑体", fontSize: 22, horizontal: "center", wrap: true });
    for (const key of ["opening", "duration", "notes", "closing", "attachment"])
      expect(formatAt(sheet, rowOf(sheet, key))).toMatchObject({ fontName: "仿宋", fontSize: 16, wrap: true, vertical: "top" });
    for (const key of ["signOff", "date"])
      expect(formatAt(sheet, rowOf(sheet, key))).toMatchObject({ fontName: "仿宋", horizontal: "right" });
    expect(formatAt(sheet, rowOf(sheet, "opening")).horizontal).toBeUndefined();
    // The generated copy and keys are grey helper columns.
    expect(sheet.formats).toContainEqual({
      range: { row: 1, col: 1, rows: gridOf(sheet).length - 1, cols: 2 },
      fontColor: "#808080",
      fill: "#F2F2F2",
      vertical: "top",
    });
    expect(sheet.columnWidths!.map((c) => c.col)).toEqual([0, 1, 2]);
  });

  it("sets an English notice's title bold 16 pt and its text 12 pt", () => {
    const { sheet } = runEn(FULL_EVENT_EN);
    expect(formatAt(sheet, rowOf(sheet, "title"))).toMatchObject({ fontSize: 16, bold: true, horizontal: "center" });
    expect(formatAt(sheet, rowOf(sheet, "title")).fontName).toBeUndefined();
    expect(formatAt(sheet, rowOf(sheet, "notes"))).toMatchObject({ fontSize: 12 });
    expect(formatAt(sheet, rowOf(sheet, "signOff"))).toMatchObject({ horizontal: "right" });
    expect(printedText(sheet).slice(-7)).toEqual([
      "We look forward to seeing you.",
      "",
      "Attached: Reply form",
      "",
      "",
      "[To be filled in: issuing organisation]",
      "[To be filled in: date of issue]",
    ]);
    expect(gridOf(sheet)[0].slice(1)).toEqual(["Generated text (not printed)", "Key"]);
  });

  it("prints column A from row 2 on, portrait, with a formal document's margins and page number", () => {
    const { sheet } = run(SIGNED);
    expect(sheet.page).toMatchObject({
      orientation: "portrait",
      fitToWidth: false,
      printArea: { row: 1, col: 0, rows: gridOf(sheet).length - 1, cols: 1 },
      centerHorizontally: true,
      margins: DOCUMENT_MARGINS,
      footer: DOCUMENT_FOOTER,
    });
    expect(sheet.activate).toBe(true);
    expect(runEn(FULL_EVENT_EN).sheet.page!.breaksBefore).toBeUndefined();
    // Printed at 100 % (so its page break holds), the text column stays inside the type area.
    expect(columnPoints(sheet.columnWidths![0].width)).toBeLessThanOrEqual(printableArea("A4", "portrait", DOCUMENT_MARGINS).width);
  });

  it("starts a page at the contact item when the page would otherwise turn after the last item", () => {
    // A notes item of 100 characters pushes the sign-off (and the lines after the items) over the page.
    const { sheet } = run(withRow(SIGNED, "注意事项", "甲".repeat(100)));
    expect(sheet.page!.breaksBefore).toEqual([rowOf(sheet, "contact")]);
    // One that turns the page inside the items already leaves text above the sign-off.
    expect(run(withRow(SIGNED, "注意事项", "甲".repeat(300))).sheet.page!.breaksBefore).toBeUndefined();
  });

  it("turns the page where the Event sheet's paper turns it: A3 holds what A4 does not", () => {
    const long = withRow(SIGNED, "注意事项", "甲".repeat(100));
    expect(run(long).sheet.page!.breaksBefore).toEqual([rowOf(run(long).sheet, "contact")]);
    expect(run([...long, ["纸张", "A3"]]).sheet.page!.breaksBefore).toBeUndefined();
  });

  it("gives the rows heights that show their wrapped text", () => {
    const { sheet } = run(withRow(SIGNED, "注意事项", "甲".repeat(120)));
    const notes = rowOf(sheet, "notes");
    // 120 characters after the heading: five lines of 28 at 16 pt.
    expect(heightAt(sheet, notes)).toBeGreaterThanOrEqual(5 * 16 * 1.5);
    expect(heightAt(sheet, rowOf(sheet, "venue"))).toBeLessThan(2 * 16 * 1.5);
    expect(heightAt(sheet, rowOf(sheet, "title"))).toBeGreaterThanOrEqual(22 * 1.5);
    // Every row of the notice has a height, spacers included.
    expect(sheet.rowHeights!.map((h) => h.row)).toEqual(gridOf(sheet).map((_, i) => i));
  });

  it("highlights each placeholder and reports it at the Event row to fill", () => {
    const { sheet, missing, findings } = run(withRow(SIGNED, "着装", ""));
    expect(missing).toEqual(["dressCode"]);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.id}`)).toEqual(["会议信息!A9 notice.placeholder"]);
    const dress = linesOf(sheet).get("dressCode")!;
    expect(dress.text).toBe("　　六、着装要求：【待填写：着装要求】");
    expect(placeholderRows(sheet)).toEqual([dress.row]);
  });

  it("shows a missing sign-off as highlighted placeholders, each reported with where to give it", () => {
    const { sheet, missing, findings } = run(FULL_EVENT);
    expect(missing).toEqual([]);
    expect(linesOf(sheet).get("signOff")!.text).toBe("【待填写：发文单位】　　");
    expect(linesOf(sheet).get("date")!.text).toBe("【待填写：发文日期】　　");
    expect(placeholderRows(sheet)).toEqual([rowOf(sheet, "signOff"), rowOf(sheet, "date")]);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.id} ${f.fix!.zh}`)).toEqual([
      "会议信息!A1 notice.placeholder 在“会议信息”表添加“发文单位”一行并填写，然后重新生成会议通知。",
      "会议信息!A1 notice.placeholder 在“会议信息”表添加“发文日期”一行并填写，然后重新生成会议通知。",
    ]);
  });

  it("points at a notice date it cannot read, besides saying it cannot read it", () => {
    const { sheet, findings } = run([...FULL_EVENT, ["发文单位", "市政府办公室"], ["发文日期", "下周一"]]);
    expect(linesOf(sheet).get("signOff")!.text).toBe("市政府办公室　　");
    expect(linesOf(sheet).get("date")!.text).toBe("【待填写：发文日期】　　");
    expect(findings.map((f) => `${f.cell} ${f.id}`)).toEqual(["B14 notice.placeholder", "B14 settings.invalid"]);
  });

  it.each([
    ["zh", (prev?: SheetSnapshot) => run(withRow(FULL_EVENT, "着装"), prev)],
    ["en", (prev?: SheetSnapshot) => runEn(FULL_EVENT_EN, prev)],
  ] as const)("gives the same %s sheet, placeholders and all, when run again over its own output", (_lang, draft) => {
    const once = draft();
    expect(draft(snapshotOf(once.sheet))).toEqual(once);
  });

  it("keeps the text a planner edited, and lets untouched text follow the Event sheet", () => {
    const first = run(SIGNED);
    const edited = edit(
      snapshotOf(first.sheet),
      rowOf(first.sheet, "venue"),
      0,
      "　　二、会议地点：市行政中心3号楼6楼第一会议室（东侧电梯上楼）。",
    );
    const changed = withRow(withRow(SIGNED, "会议地点", "市行政中心5号楼2楼报告厅"), "着装", "便装");
    const second = run(changed, edited);
    const lines = linesOf(second.sheet);
    expect(lines.get("venue")).toMatchObject({
      text: "　　二、会议地点：市行政中心3号楼6楼第一会议室（东侧电梯上楼）。",
      copy: "　　二、会议地点：市行政中心5号楼2楼报告厅。",
    });
    expect(lines.get("dressCode")).toMatchObject({ text: "　　六、着装要求：便装。", copy: "　　六、着装要求：便装。" });
    // And the edit stays on every later run.
    expect(run(changed, snapshotOf(second.sheet))).toEqual(second);
  });

  it("keeps a line the planner emptied empty", () => {
    const first = run(SIGNED);
    const second = run(SIGNED, edit(snapshotOf(first.sheet), rowOf(first.sheet, "dressCode"), 0, ""));
    expect(linesOf(second.sheet).get("dressCode")).toMatchObject({ text: "", copy: "　　六、着装要求：正装。" });
    expect(run(SIGNED, snapshotOf(second.sheet))).toEqual(second);
  });

  it("no longer reports a placeholder the planner filled in on the notice itself", () => {
    const rows = withRow(FULL_EVENT, "着装");
    const first = run(rows);
    expect(first.missing).toEqual(["dressCode"]);
    expect(first.findings).toHaveLength(3);
    let snap = edit(snapshotOf(first.sheet), rowOf(first.sheet, "dressCode"), 0, "　　六、着装要求：深色正装。");
    snap = edit(snap, rowOf(first.sheet, "signOff"), 0, "市政府办公室　　");
    snap = edit(snap, rowOf(first.sheet, "date"), 0, "2026年12月2日　　");
    const second = run(rows, snap);
    expect(second.missing).toEqual([]);
    expect(second.findings).toEqual([]);
    expect(placeholderRows(second.sheet)).toEqual([]);
    expect(printedText(second.sheet).slice(-2)).toEqual(["市政府办公室　　", "2026年12月2日　　"]);
  });

  it("keeps rows the planner added, below the line they followed, in the notice's typeface", () => {
    const first = run(SIGNED);
    const snap = snapshotOf(first.sheet);
    const notesRow = rowOf(first.sheet, "notes");
    const values = snap.values.map((r) => [...r]);
    values.splice(notesRow + 1, 0, ["　　另：请各单位于12月5日前报送发言材料。", "", ""]);
    values.push(["", "", ""], ["抄送：市委办公室", "", ""]);
    const second = run(withRow(SIGNED, "着装", "便装"), { ...snap, values });
    const grid = gridOf(second.sheet);
    const at = rowOf(second.sheet, "notes");
    expect(grid[at + 1]).toEqual(["　　另：请各单位于12月5日前报送发言材料。", "", ""]);
    expect(rowOf(second.sheet, "contact")).toBe(at + 2);
    expect(formatAt(second.sheet, at + 1)).toMatchObject({ fontName: "仿宋", fontSize: 16, wrap: true });
    expect(grid[grid.length - 1]).toEqual(["抄送：市委办公室", "", ""]);
    expect(grid[grid.length - 2][2]).toBe("date");
    expect(linesOf(second.sheet).get("dressCode")!.text).toBe("　　六、着装要求：便装。");
    expect(second.sheet.page!.printArea!.rows).toBe(grid.length - 1);
    // Kept again, once each, on the next run.
    expect(run(withRow(SIGNED, "着装", "便装"), snapshotOf(second.sheet))).toEqual(second);
  });

  it("finds the previous rows by key even when the used range starts below row 1", () => {
    const first = run(SIGNED);
    const row = rowOf(first.sheet, "notes");
    const snap = edit(snapshotOf(first.sheet), row, 0, "　　七、有关事项：改过的注意事项。");
    const shifted = { ...snap, top: 1, values: snap.values.slice(1) };
    expect(linesOf(run(SIGNED, shifted).sheet).get("notes")!.text).toBe("　　七、有关事项：改过的注意事项。");
  });

  it("moves a notice of the earlier layout over, keeping the line the planner edited and the row they added", () => {
    const legacy: SheetSnapshot = {
      name: "会议通知",
      top: 0,
      left: 0,
      values: [
        ["说明", "", "自动生成", "键"],
        ["", "关于召开2026年度工作会议的通知", "关于召开2026年度工作会议的通知", "title"],
        ["", "各部门主要负责同志：", "各部门主要负责同志：", "salutation"],
        ["一、会议名称", "2026年度工作会议", "2026年度工作会议", "name"],
        ["六、会址", "市行政中心3号楼6楼第一会议室（东侧电梯上楼）", "市行政中心3号楼6楼第一会议室", "venue"],
        ["八、注意事项", "请于2026年12月7日前报送参会回执", "请于2026年12月7日前报送参会回执", "notes"],
        ["九、其他", "请各单位于12月5日前报送发言材料。", "", ""],
        ["联系人", "刘莹", "刘莹", "contact"],
        ["联系电话", "15782964053", "15782964053", "contactPhone"],
        ["", "市政府办公室", "【待填写：发文单位】", "signOff"],
      ],
    };
    const { sheet } = run(SIGNED, legacy);
    const text = printedText(sheet);
    const venue = linesOf(sheet).get("venue")!;
    // Untouched and edited rows alike are generated again in the new layout...
    expect(venue.text).toBe("　　二、会议地点：市行政中心3号楼6楼第一会议室。");
    expect(linesOf(sheet).get("signOff")!.text).toBe("市政府办公室　　");
    // ...and what the planner wrote follows as paragraphs of its own, label and text joined.
    expect(gridOf(sheet)[venue.row + 1]).toEqual(["六、会址市行政中心3号楼6楼第一会议室（东侧电梯上楼）", "", ""]);
    const notes = rowOf(sheet, "notes");
    expect(gridOf(sheet)[notes + 1]).toEqual(["九、其他请各单位于12月5日前报送发言材料。", "", ""]);
    expect(gridOf(sheet)[rowOf(sheet, "signOff") + 1]).toEqual(["市政府办公室", "", ""]);
    // Nothing else of the old layout is left: no untouched labels, no keys in column D.
    expect(gridOf(sheet).every((r) => r.length === 3)).toBe(true);
    expect(text.filter((t) => String(t).includes("会议名称") || String(t).includes("联系电话1"))).toEqual([]);
    expect(text).toHaveLength(19 + 3);
    // The moved-over notice is stable from then on.
    expect(run(SIGNED, snapshotOf(sheet))).toEqual(run(SIGNED, legacy));
  });

  it.each(["zh", "en"] as const)("drafts the generated %s sample's notice with nothing missing", (lang) => {
    const book = generateConference({ lang, attendees: 60, seed: 3 });
    const wb = workbook(Object.fromEntries(book.sheets.map((s) => [s.name, s.rows])));
    const { sheet, missing } = noticeSheet({ target: TARGET, lang, event: wb.event });
    expect(missing).toEqual([]);
    const duration = String(linesOf(sheet).get("duration")!.text);
    expect(duration).toContain(
      lang === "zh"
        ? "一、会议时间：2026年12月10日（星期四）上午9:00至12月11日（星期五）下午5:30"
        : "1. Dates: Thursday, 10 December 2026, 09:00 to Friday",
    );
    expect(String(linesOf(sheet).get("checkInTime")!.text)).toContain(
      lang === "zh" ? "（星期三）下午2:00" : "Wednesday, 9 December 2026, 14:00",
    );
    expect(linesOf(sheet).get("closing")!.text).toBe(lang === "zh" ? "　　特此通知。" : "We look forward to seeing you.");
  });
});
