import type { CellValue } from "../../../../src/core/cellValue";
import type { OutputTarget } from "../../../../src/core/plan/outputTarget";
import type { FormatSpec, SheetWrite } from "../../../../src/core/plan/writePlan";
import { daisPlan } from "../../../../src/core/seating/dais/daisPlan";
import { tentSheet } from "../../../../src/core/seating/dais/tentSheet";
import { workbook } from "../../rules/ruleHarness";

const TARGET: OutputTarget = { name: "桌签", mode: "replace", owner: "tableTents", exists: false, marker: "none" };
const HEAD = ["姓名", "单位", "职务", "排序", "主席台", "回执"];
const zhRoster = (n: number): CellValue[][] => [
  HEAD,
  ...Array.from({ length: n }, (_, i): CellValue[] => [`甲${i + 1}`, `单位${i + 1}`, `职务${i + 1}`, i + 1, "是", "已确认"]),
];

function zhSheet(n: number): SheetWrite {
  const wb = workbook({ 会议信息: [["会议名称", "年度工作会议"]], 参会人员: zhRoster(n) });
  return tentSheet({ plan: daisPlan(wb), target: TARGET, lang: "zh", eventName: "年度工作会议" });
}

const grid = (s: SheetWrite) => s.values[0].values;
const rowOf = (s: SheetWrite, v: CellValue) => grid(s).findIndex((r) => r.includes(v));
const heightOf = (s: SheetWrite, row: number) => s.rowHeights?.find((h) => h.row === row)?.height ?? 15;
function formatAt(s: SheetWrite, row: number): Omit<FormatSpec, "range"> {
  return Object.assign({}, ...(s.formats ?? []).filter((f) => row >= f.range.row && row < f.range.row + f.range.rows && f.range.col === 0));
}
/** Landscape A4 with Excel's default 0.75" top and bottom margins prints this many points of rows; the fold is halfway down the paper. */
const PRINT_HEIGHT = 595.3 - 2 * 0.75 * 72;
const FOLD = 595.3 / 2 - 0.75 * 72;

describe("tentSheet", () => {
  it("prints the 席卡名 on the tent when the roster gives one", () => {
    const rows = [
      [...HEAD, "席卡名"],
      ["欧阳娜娜", "乐团", "首席", 1, "是", "已确认", "欧阳 娜娜"],
    ];
    const s = tentSheet({ plan: daisPlan(workbook({ 参会人员: rows })), target: TARGET, lang: "zh", eventName: "会" });
    expect(rowOf(s, "欧阳 娜娜")).toBeGreaterThan(0);
    expect(rowOf(s, "欧阳娜娜")).toBe(-1);
  });

  it("gives every rostrum member a tent, in seat order, with where it goes and the meeting", () => {
    const s = zhSheet(3);
    expect(s).toMatchObject({ name: "桌签", owner: "tableTents" });
    expect(s.activate).toBeFalsy();
    // The rostrum seats No.3, No.1, No.2 from the audience's left.
    const names = ["甲3", "甲1", "甲2"];
    const rows = names.map((n) => rowOf(s, n));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    names.forEach((name, i) => {
      const caption = grid(s)[rows[i] - 2][0];
      expect(caption).toBe(`第1排第${i + 1}座  ·  年度工作会议`);
      expect(formatAt(s, rows[i] - 2)).toMatchObject({ fontColor: "#808080", fontSize: 10 });
      expect(grid(s)[rows[i] + 1][0]).toBe(`职务${name.slice(1)}`);
    });
  });

  it("prints each name very large, bold and centred, and the title under it", () => {
    const s = zhSheet(1);
    const r = rowOf(s, "甲1");
    expect(formatAt(s, r)).toMatchObject({ bold: true, fontSize: 120, horizontal: "center" });
    expect(formatAt(s, r + 1)).toMatchObject({ fontSize: 28, horizontal: "center" });
  });

  it("prints one tent per landscape page at 100 %, column A only, without the note at the top", () => {
    const s = zhSheet(4);
    const captions = ["第1排第1座", "第1排第2座", "第1排第3座", "第1排第4座"].map((c) =>
      grid(s).findIndex((r) => String(r[0]).startsWith(c)),
    );
    expect(s.page).toMatchObject({ orientation: "landscape", centerHorizontally: true, breaksBefore: captions.slice(1) });
    expect(s.page?.fitToWidth).toBeFalsy();
    expect(s.page?.printArea).toEqual({ row: 1, col: 0, rows: grid(s).length - 1, cols: 1 });
    expect(String(grid(s)[0][0])).toMatch(/^打印说明：.*对折/);
    expect(s.columnWidths).toEqual([{ col: 0, width: expect.any(Number) }]);
    expect(grid(s).every((r) => r.length === 1)).toBe(true);
  });

  it("fits each tent on its page with the name in the lower half, the side that faces the audience", () => {
    const wb = workbook({
      会议信息: [["会议名称", "x"]],
      参会人员: [HEAD, ["张伟", "单位", "局长", 1, "是", "已确认"], ["Alexandra Montgomery", "单位", "", 2, "是", "已确认"]],
    });
    const s = tentSheet({ plan: daisPlan(wb), target: TARGET, lang: "zh" });
    const breaks = [1, ...(s.page?.breaksBefore ?? []), grid(s).length];
    for (let i = 0; i + 1 < breaks.length; i++) {
      const rows = Array.from({ length: breaks[i + 1] - breaks[i] }, (_, k) => breaks[i] + k);
      const total = rows.reduce((h, r) => h + heightOf(s, r), 0);
      expect(total).toBeLessThanOrEqual(PRINT_HEIGHT);
      const nameRow = rows.find((r) => formatAt(s, r).bold)!;
      const above = rows.filter((r) => r < nameRow).reduce((h, r) => h + heightOf(s, r), 0);
      expect(above).toBeGreaterThanOrEqual(FOLD);
      const size = formatAt(s, nameRow).fontSize!;
      expect(heightOf(s, nameRow)).toBeGreaterThanOrEqual(size * 1.2);
      for (const r of rows) expect(heightOf(s, r)).toBeLessThanOrEqual(409);
    }
  });

  it("says so, and prints no tent, when nobody is on the rostrum", () => {
    const s = zhSheet(0);
    expect(grid(s).flat()).toContain("主席台没有人员，无需桌签。");
    expect(s.page?.breaksBefore).toEqual([]);
  });

  it("speaks English for an English workbook", () => {
    const wb = workbook({
      Event: [["Event name", "Annual Conference"]],
      Roster: [
        ["Name", "Organisation", "Title", "Precedence", "Rostrum"],
        ["Alice Chen", "City Office", "Director", 1, "Yes"],
      ],
    });
    const s = tentSheet({ plan: daisPlan(wb), target: { ...TARGET, name: "Table Tents" }, lang: "en", eventName: "Annual Conference" });
    expect(grid(s).map((r) => r[0])).toEqual([
      expect.stringMatching(/^To print: one tent per page/),
      "Row 1, seat 1  ·  Annual Conference",
      "",
      "Alice Chen",
      "Director",
    ]);
  });
});
