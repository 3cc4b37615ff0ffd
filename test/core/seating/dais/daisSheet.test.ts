import { describeFitProblems, printFitProblems } from "../../../support/printFit";
import { a1 } from "../../../../src/core/cellAddress";
import type { CellValue } from "../../../../src/core/cellValue";
import type { OutputTarget } from "../../../../src/core/plan/outputTarget";
import type { FormatSpec, SheetWrite } from "../../../../src/core/plan/writePlan";
import { daisPlan } from "../../../../src/core/seating/dais/daisPlan";
import { daisSheet } from "../../../../src/core/seating/dais/daisSheet";
import { workbook } from "../../rules/ruleHarness";

const TARGET: OutputTarget = { name: "主席台座次", mode: "replace", owner: "daisSeating", exists: false, marker: "none" };
const HEAD = ["姓名", "单位", "职务", "排序", "主席台", "回执"];
const zhRoster = (n: number): CellValue[][] => [
  HEAD,
  ...Array.from({ length: n }, (_, i): CellValue[] => [`甲${i + 1}`, `单位${i + 1}`, `职务${i + 1}`, i + 1, "是", "已确认"]),
];

function zhSheet(n: number, event: CellValue[][] = [["会议名称", "年度工作会议"]]): SheetWrite {
  const wb = workbook({ 会议信息: event, 参会人员: zhRoster(n) });
  return daisSheet({ plan: daisPlan(wb), target: TARGET, lang: "zh", eventName: "年度工作会议" });
}

const grid = (s: SheetWrite) => s.values[0].values;
/** A1 → value. */
function cells(s: SheetWrite): Map<string, CellValue> {
  const m = new Map<string, CellValue>();
  grid(s).forEach((row, r) => row.forEach((v, c) => v !== "" && m.set(a1(r, c), v)));
  return m;
}
const where = (s: SheetWrite, v: CellValue) => [...cells(s)].filter(([, x]) => x === v).map(([k]) => k);
/** The formats that cover a cell. */
function formatsAt(s: SheetWrite, row: number, col: number): FormatSpec[] {
  return (s.formats ?? []).filter(
    (f) => row >= f.range.row && row < f.range.row + f.range.rows && col >= f.range.col && col < f.range.col + f.range.cols,
  );
}
/** Non-empty values of one sheet row from column B. */
const seatsOnRow = (s: SheetWrite, row: number) =>
  grid(s)
    [row].slice(1)
    .filter((v) => v !== "");

describe("daisSheet", () => {
  it("names the event and the side the drawing is seen from", () => {
    const s = zhSheet(7);
    expect(s).toMatchObject({ name: "主席台座次", mode: "replace", owner: "daisSeating", activate: true });
    expect(cells(s).get("A1")).toBe("主席台座次 — 年度工作会议");
    expect(cells(s).get("A2")).toBe("面向主席台（观众视角）");
    // Seven seats: an odd row has no even-count variant to name.
    expect(cells(s).get("A3")).toBe("中式惯例 · 主持人：按位次");
    expect(cells(zhSheet(8)).get("A3")).toBe("中式惯例 · 偶数排法 A · 主持人：按位次");
  });

  it("draws the row from the audience's left: rank above, name, then title, bordered and centred", () => {
    const s = zhSheet(7);
    const [at] = where(s, "甲1");
    expect(at).toBe("E6");
    expect(seatsOnRow(s, 4)).toEqual(["7号", "5号", "3号", "1号", "2号", "4号", "6号"]);
    expect(seatsOnRow(s, 5)).toEqual(["甲7", "甲5", "甲3", "甲1", "甲2", "甲4", "甲6"]);
    expect(seatsOnRow(s, 6)).toEqual(["职务7", "职务5", "职务3", "职务1", "职务2", "职务4", "职务6"]);
    expect(cells(s).get("A6")).toBe("第1排");
    for (const row of [5, 6]) {
      const f = formatsAt(s, row, 4);
      expect(f.some((x) => x.border)).toBe(true);
      expect(f.some((x) => x.horizontal === "center")).toBe(true);
    }
    expect(formatsAt(s, 5, 4).some((x) => x.bold)).toBe(true);
    // The audience is below the rostrum, under No.1.
    expect(where(s, "台  下（观众）")).toEqual(["E9"]);
  });

  it("lists every seat in seat order with rank, name, title and organisation", () => {
    const s = zhSheet(3);
    const header = grid(s).findIndex((r) => r[0] === "座位");
    expect(grid(s)[header].slice(0, 5)).toEqual(["座位", "位次", "姓名", "职务", "单位"]);
    expect(
      grid(s)
        .slice(header + 1, header + 4)
        .map((r) => r.slice(0, 5)),
    ).toEqual([
      ["第1排第1座", "3号", "甲3", "职务3", "单位3"],
      ["第1排第2座", "1号", "甲1", "职务1", "单位1"],
      ["第1排第3座", "2号", "甲2", "职务2", "单位2"],
    ]);
  });

  it("draws the back row above the front row, centred behind it", () => {
    const s = zhSheet(10, [["主席台每排座位数", 7]]);
    const back = where(s, "甲8")[0];
    const front = where(s, "甲1")[0];
    expect(back).toBe("E6");
    expect(front).toBe("E10");
    expect(seatsOnRow(s, 5)).toEqual(["甲10", "甲8", "甲9"]);
    expect(cells(s).get("A6")).toBe("第2排");
    expect(cells(s).get("A10")).toBe("第1排（前排）");
    expect(where(s, "台  下（观众）")).toEqual(["E13"]);
  });

  it("leaves the tents to their own sheet and says where they are", () => {
    const s = zhSheet(3);
    // Each name once in the drawing and once in the list: no tent here.
    for (const name of ["甲1", "甲2", "甲3"]) expect(where(s, name)).toHaveLength(2);
    const last = grid(s)[grid(s).length - 1][0];
    expect(last).toBe("桌签见工作表“桌签”：每页一个，按座位顺序，打印后对折。");
    const elsewhere = daisSheet({
      plan: daisPlan(workbook({ 参会人员: zhRoster(2) })),
      target: TARGET,
      lang: "zh",
      tentSheetName: "桌签 (2)",
    });
    expect(grid(elsewhere)[grid(elsewhere).length - 1][0]).toContain("“桌签 (2)”");
  });

  it("prints landscape, one page wide, without page breaks, its rows as tall as their names and titles need", () => {
    const s = zhSheet(7);
    expect(s.page).toMatchObject({ orientation: "landscape", fitToWidth: true });
    expect(s.page?.breaksBefore ?? []).toEqual([]);
    expect(describeFitProblems(printFitProblems(s))).toEqual([]);
    // Sized, not padded: no row is taller than two lines of the names' type.
    expect(Math.max(...(s.rowHeights ?? []).map((h) => h.height))).toBeLessThanOrEqual(40);
  });

  it("speaks English for an English workbook", () => {
    const wb = workbook({
      Event: [
        ["Event name", "Annual Conference"],
        ["Chair", "Mary Jones"],
        ["Chair position", "Left end"],
      ],
      Roster: [
        ["Name", "Organisation", "Title", "Precedence", "Rostrum"],
        ["Alice Chen", "City Office", "Director", 1, "Yes"],
        ["Robert Miles", "Finance", "Deputy", 2, "Yes"],
        ["Mary Jones", "Mayor's Office", "Secretary", 3, "Yes"],
      ],
    });
    const s = daisSheet({ plan: daisPlan(wb), target: { ...TARGET, name: "Dais Seating" }, lang: "en", eventName: "Annual Conference" });
    expect(cells(s).get("A1")).toBe("Dais Seating — Annual Conference");
    expect(cells(s).get("A2")).toBe("As seen from the audience");
    expect(cells(s).get("A3")).toBe("International convention · chair: left end (as seen from the audience)");
    expect(seatsOnRow(s, 4)).toEqual(["Chair", "No. 2", "No. 1"]);
    expect(seatsOnRow(s, 5)).toEqual(["Mary Jones", "Robert Miles", "Alice Chen"]);
    expect(where(s, "Audience")).toHaveLength(1);
    expect(grid(s).some((r) => r[0] === 'Table tents: see the sheet "Table Tents" (one per page, in seat order; print and fold).')).toBe(
      true,
    );
    expect(
      grid(s)
        .find((r) => r[0] === "Seat")
        ?.slice(0, 5),
    ).toEqual(["Seat", "Rank", "Name", "Title", "Organisation"]);
  });

  it("with nobody on the rostrum says so and shows the problem, without a drawing", () => {
    const wb = workbook({ 会议信息: [["会议名称", "x"]], 参会人员: [HEAD, ["甲", "单位", "职务", 1, "否", "已确认"]] });
    const s = daisSheet({ plan: daisPlan(wb), target: TARGET, lang: "zh" });
    expect(cells(s).get("A1")).toBe("主席台座次");
    expect(cells(s).get("A5")).toBe("注意：参会人员中没有人标记为上主席台，无法排主席台座次。");
    expect(cells(s).get("A7")).toBe("没有可排的主席台人员。");
    expect(where(s, "甲")).toEqual([]);
  });

  it("sets column widths for the labels and seats, and writes one rectangular block", () => {
    const s = zhSheet(7);
    expect(s.columnWidths?.map((w) => w.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const widths = new Set(grid(s).map((r) => r.length));
    expect(widths.size).toBe(1);
  });
});
