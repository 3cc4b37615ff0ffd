import type { CellValue } from "../../../../src/core/cellValue";
import { replySlipSheet, REPLY_SLIP_SHEET_NAME } from "../../../../src/core/documents/replySlip";
import type { SheetWrite } from "../../../../src/core/plan/writePlan";
import type { SheetSnapshot } from "../../../../src/workbook/gateway";
import { FULL_EVENT, FULL_EVENT_EN, withRow } from "../../rules/notice/eventFixture";
import { edit, eventOf, snapshotOf } from "../notice/noticeFixture";

const TARGET = { name: "参会回执", mode: "replace", owner: "replySlip", exists: false, marker: "none" } as const;
const run = (rows: CellValue[][], previous?: SheetSnapshot) =>
  replySlipSheet({ target: TARGET, lang: "zh", event: eventOf(rows), previous });
const runEn = (rows: CellValue[][], previous?: SheetSnapshot) =>
  replySlipSheet({ target: { ...TARGET, name: "Reply Form" }, lang: "en", event: eventOf(rows, "en"), previous });

const grid = (sheet: SheetWrite) => sheet.values[0].values;
const HEADER = 3;
/** The table's lines under the header, up to the note. */
const tableLines = (sheet: SheetWrite) => grid(sheet).slice(HEADER + 1, -1);
const blank = Array<CellValue>(9).fill("");
const noteOf = (sheet: SheetWrite) => grid(sheet)[grid(sheet).length - 1][0];

describe("replySlipSheet", () => {
  it("names the sheet in both languages", () => {
    expect(REPLY_SLIP_SHEET_NAME).toEqual({ zh: "参会回执", en: "Reply Form" });
  });

  it("heads the form with the attachment mark, its title and the meeting, then the columns in order", () => {
    const { sheet, findings } = run(FULL_EVENT);
    expect(findings).toEqual([]);
    expect(grid(sheet).slice(0, HEADER + 1)).toEqual([
      ["附件", ...blank.slice(1)],
      ["参会回执", ...blank.slice(1)],
      ["会议名称：2026年度工作会议", ...blank.slice(1)],
      ["单位", "姓名", "性别", "职务", "电话", "抵达时间及车次/航班", "返程时间及车次/航班", "是否住宿", "备注"],
    ]);
    expect(grid(sheet).every((r) => r.length === 9)).toBe(true);
  });

  it("heads an English form with English columns in the same order", () => {
    const { sheet } = runEn(FULL_EVENT_EN);
    expect(grid(sheet).slice(1, HEADER + 1)).toEqual([
      ["Reply Form", ...blank.slice(1)],
      ["Event: 2026 Annual Conference", ...blank.slice(1)],
      [
        "Organisation",
        "Name",
        "Gender",
        "Title",
        "Phone",
        "Arrival (date, time, train or flight)",
        "Departure (date, time, train or flight)",
        "Hotel needed",
        "Notes",
      ],
    ]);
  });

  it("gives twelve empty lines to fill in by hand, bordered and of a writable height", () => {
    const { sheet } = run(FULL_EVENT);
    expect(tableLines(sheet)).toEqual(Array.from({ length: 12 }, () => blank));
    expect(sheet.formats).toContainEqual({ range: { row: HEADER, col: 0, rows: 13, cols: 9 }, border: true, wrap: true });
    const heights = new Map(sheet.rowHeights!.map((h) => [h.row, h.height]));
    for (let r = HEADER + 1; r <= HEADER + 12; r++) expect(heights.get(r)).toBeGreaterThanOrEqual(26);
    expect(sheet.columnWidths!.map((c) => c.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("says by when and to whom to return the form, from the Event sheet's 回执截止时间 and contact", () => {
    const by = [...FULL_EVENT, ["回执截止时间", "2026-12-07 17:00"]];
    expect(noteOf(run(by).sheet)).toBe("请于2026年12月7日（星期一）下午5:00前将回执报送会务组（联系人：刘莹，电话：15782964053）。");
    expect(noteOf(runEn([...FULL_EVENT_EN, ["Reply by", "2026-12-07"]]).sheet)).toBe(
      "Please return this form by Monday, 7 December 2026 to the organisers (Chloe O'Brien, telephone 07535 372561).",
    );
  });

  it("asks for the form back as soon as possible when there is no 回执截止时间, naming what contact it has", () => {
    expect(noteOf(run(FULL_EVENT).sheet)).toBe("请尽早将回执报送会务组（联系人：刘莹，电话：15782964053）。");
    expect(noteOf(run(withRow(FULL_EVENT, "联系人")).sheet)).toBe("请尽早将回执报送会务组（电话：15782964053）。");
    expect(noteOf(run(withRow(withRow(FULL_EVENT, "联系人"), "联系电话")).sheet)).toBe("请尽早将回执报送会务组。");
    expect(noteOf(runEn(FULL_EVENT_EN).sheet)).toBe(
      "Please return this form as soon as you can to the organisers (Chloe O'Brien, telephone 07535 372561).",
    );
  });

  it("reads the deadline by any of its names, and reports one it cannot read", () => {
    expect(noteOf(run([...FULL_EVENT, ["报名截止", "2026-12-05"]]).sheet)).toMatch(/^请于2026年12月5日（星期六）前/);
    const { sheet, findings } = run([...FULL_EVENT, ["回执截止时间", "下周"]]);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.id}`)).toEqual(["会议信息!B13 settings.invalid"]);
    expect(noteOf(sheet)).toMatch(/^请尽早/);
  });

  it("shows a placeholder for a meeting without a name", () => {
    expect(grid(run(withRow(FULL_EVENT, "会议名称")).sheet)[2][0]).toBe("会议名称：【待填写：会议名称】");
  });

  it("prints the whole form landscape, centred and one page wide", () => {
    const { sheet } = run(FULL_EVENT);
    const rows = grid(sheet).length;
    expect(rows).toBe(HEADER + 1 + 12 + 1);
    expect(sheet.page).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows, cols: 9 },
      centerHorizontally: true,
    });
    expect(sheet.rowHeights!.map((h) => h.row)).toEqual(grid(sheet).map((_, i) => i));
  });

  it("merges the title, the meeting and the note across the table, and nothing else", () => {
    const { sheet } = run(FULL_EVENT);
    const note = grid(sheet).length - 1;
    expect(sheet.merges).toEqual([
      { row: 1, col: 0, rows: 1, cols: 9 },
      { row: 2, col: 0, rows: 1, cols: 9 },
      { row: note, col: 0, rows: 1, cols: 9 },
    ]);
    expect(sheet.formats).toContainEqual(expect.objectContaining({ range: { row: 1, col: 0, rows: 1, cols: 9 }, horizontal: "center" }));
  });

  it("sets the title in 黑体 and the form in 仿宋, an English form in the default face with a bold title", () => {
    const zh = run(FULL_EVENT).sheet.formats!;
    expect(zh).toContainEqual(expect.objectContaining({ range: { row: 1, col: 0, rows: 1, cols: 9 }, fontName: "黑体", fontSize: 22 }));
    expect(zh).toContainEqual(expect.objectContaining({ range: { row: 0, col: 0, rows: 17, cols: 9 }, fontName: "仿宋" }));
    const en = runEn(FULL_EVENT_EN).sheet.formats!;
    expect(en).toContainEqual(expect.objectContaining({ range: { row: 1, col: 0, rows: 1, cols: 9 }, fontSize: 22, bold: true }));
    expect(en.find((f) => f.fontName !== undefined)).toBeUndefined();
  });

  it("gives the same sheet when run again over its own output", () => {
    const first = run(FULL_EVENT);
    expect(run(FULL_EVENT, snapshotOf(first.sheet))).toEqual(first);
  });

  it("keeps the lines filled in on the previous form, then blank lines to make twelve", () => {
    const first = run(FULL_EVENT);
    let snap = snapshotOf(first.sheet);
    const filled = ["市财政局", "王磊", "男", "副局长", "13800000000", "12月9日 G1234", "12月11日 G4321", "是", ""];
    filled.forEach((v, c) => (snap = edit(snap, HEADER + 3, c, v)));
    snap = edit(snap, HEADER + 7, 1, "李娜");
    const second = run(FULL_EVENT, snap);
    const lines = tableLines(second.sheet);
    expect(lines).toHaveLength(12);
    expect(lines.slice(0, 2)).toEqual([filled, ["", "李娜", ...blank.slice(2)]]);
    expect(lines.slice(2)).toEqual(Array.from({ length: 10 }, () => blank));
    expect(noteOf(second.sheet)).toBe(noteOf(first.sheet));
    // And they stay on every later run.
    expect(run(FULL_EVENT, snapshotOf(second.sheet))).toEqual(second);
  });

  it("keeps at least two blank lines however many are filled, and the merges and print area follow", () => {
    const first = run(FULL_EVENT);
    const snap = snapshotOf(first.sheet);
    const lines = Array.from({ length: 12 }, (_, i) => [`单位${i + 1}`, `姓名${i + 1}`, ...blank.slice(2)]);
    const values = [...snap.values.slice(0, HEADER + 1), ...lines, snap.values[snap.values.length - 1]];
    const { sheet } = run(FULL_EVENT, { ...snap, values });
    expect(tableLines(sheet)).toEqual([...lines, blank, blank]);
    const rows = grid(sheet).length;
    expect(sheet.page!.printArea).toEqual({ row: 0, col: 0, rows, cols: 9 });
    expect(sheet.merges![2]).toEqual({ row: rows - 1, col: 0, rows: 1, cols: 9 });
    expect(noteOf(sheet)).toMatch(/^请尽早将回执报送会务组/);
  });

  it("keeps filled lines of a form written in the other language", () => {
    const first = run(FULL_EVENT);
    const snap = edit(snapshotOf(first.sheet), HEADER + 1, 0, "市财政局");
    expect(tableLines(runEn(FULL_EVENT_EN, snap).sheet)[0]).toEqual(["市财政局", ...blank.slice(1)]);
  });
});
