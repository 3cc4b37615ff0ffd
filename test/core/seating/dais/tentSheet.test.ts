import type { CellValue } from "../../../../src/core/cellValue";
import type { OutputTarget } from "../../../../src/core/plan/outputTarget";
import type { FormatSpec, SheetWrite } from "../../../../src/core/plan/writePlan";
import { daisPlan } from "../../../../src/core/seating/dais/daisPlan";
import { tentSheet } from "../../../../src/core/seating/dais/tentSheet";
import { printFitProblems, describeFitProblems } from "../../../support/printFit";
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
function formatAt(s: SheetWrite, row: number, col: number): Omit<FormatSpec, "range"> {
  const covers = (f: FormatSpec) =>
    row >= f.range.row && row < f.range.row + f.range.rows && col >= f.range.col && col < f.range.col + f.range.cols;
  return Object.assign({}, ...(s.formats ?? []).filter(covers));
}
/** Portrait A4 less the tents' 12 mm margins top and bottom, in points. */
const PRINT_HEIGHT = 841.9 - (2 * 12 * 72) / 25.4;

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
      expect(grid(s)[rows[i] - 1][0]).toBe(`第1排第${i + 1}座  ·  年度工作会议`);
      expect(formatAt(s, rows[i] - 1, 0)).toMatchObject({ fontColor: "#808080", fontSize: 10 });
    });
  });

  it("carries the name twice, turned so each half reads upright from its side once folded, the title beside it", () => {
    const s = zhSheet(1);
    const r = rowOf(s, "甲1");
    expect(grid(s)[r]).toEqual(["职务1", "甲1", "", "甲1", "职务1"]);
    // The half left of the fold reads top to bottom, the right half bottom to top.
    expect(formatAt(s, r, 1)).toMatchObject({ bold: true, rotation: -90, horizontal: "center", vertical: "center" });
    expect(formatAt(s, r, 3)).toMatchObject({ bold: true, rotation: 90 });
    expect(formatAt(s, r, 0)).toMatchObject({ rotation: -90 });
    expect(formatAt(s, r, 4)).toMatchObject({ rotation: 90 });
    expect(formatAt(s, r, 1).fontSize).toBeGreaterThan(100);
    expect(formatAt(s, r, 0).fontSize).toBeLessThan(formatAt(s, r, 1).fontSize!);
    // The fold is marked down the middle.
    expect(formatAt(s, r, 2).fill).toBeDefined();
    // Each face is one cell over the tent's full length.
    expect(s.merges).toEqual(expect.arrayContaining([0, 1, 3, 4].map((col) => ({ row: r, col, rows: 2, cols: 1 }))));
  });

  it("prints one tent per portrait page at 100 %, without the note at the top or a footer on a face", () => {
    const s = zhSheet(4);
    const captions = ["第1排第1座", "第1排第2座", "第1排第3座", "第1排第4座"].map((c) =>
      grid(s).findIndex((r) => String(r[0]).startsWith(c)),
    );
    expect(s.page).toMatchObject({ orientation: "portrait", centerHorizontally: true, breaksBefore: captions.slice(1) });
    expect(s.page?.fitToWidth).toBeFalsy();
    expect(s.page?.printArea).toEqual({ row: 1, col: 0, rows: 4 * 3, cols: 5 });
    expect(s.page?.footer).toEqual({ left: "", center: "", right: "" });
    expect(String(grid(s)[0][0])).toMatch(/^打印说明：.*对折/);
  });

  it("fits each tent on its page, and every name and title within its face", () => {
    const wb = workbook({
      会议信息: [["会议名称", "x"]],
      参会人员: [
        HEAD,
        ["张伟", "单位", "局长", 1, "是", "已确认"],
        ["Alexandra Montgomery-Fitzwilliam", "单位", "", 2, "是", "已确认"],
        ["阿卜杜热合曼·买买提", "单位", "市人民政府副秘书长、办公室党组书记、主任", 3, "是", "已确认"],
      ],
    });
    const s = tentSheet({ plan: daisPlan(wb), target: TARGET, lang: "zh" });
    const breaks = [1, ...(s.page?.breaksBefore ?? []), grid(s).length];
    for (let i = 0; i + 1 < breaks.length; i++) {
      const rows = Array.from({ length: breaks[i + 1] - breaks[i] }, (_, k) => breaks[i] + k);
      expect(rows.reduce((h, r) => h + heightOf(s, r), 0)).toBeLessThanOrEqual(PRINT_HEIGHT);
      for (const r of rows) expect(heightOf(s, r)).toBeLessThanOrEqual(409);
    }
    expect(describeFitProblems(printFitProblems(s))).toEqual([]);
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
      "Director",
    ]);
    expect(grid(s)[2]).toEqual(["Director", "Alice Chen", "", "Alice Chen", "Director"]);
  });
});
