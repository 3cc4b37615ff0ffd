import type { CellValue } from "../../../../src/core/cellValue";
import type { Lang } from "../../../../src/core/i18n";
import type { OutputTarget } from "../../../../src/core/plan/outputTarget";
import { SHEET_MARGINS } from "../../../../src/core/plan/printSetup";
import type { SheetWrite } from "../../../../src/core/plan/writePlan";
import { tableChartSheet } from "../../../../src/core/seating/tables/tableChartSheet";
import { CHART_STAGE_CONTINUED, CHART_VIEW, conventionLabel } from "../../../../src/core/seating/tables/tableLabels";
import { seatOrder } from "../../../../src/core/seating/tables/seatOrder";
import type { PlannedTable } from "../../../../src/core/seating/tables/types";
import { describeFitProblems, printFitProblems } from "../../../support/printFit";

const target: OutputTarget = { name: "桌次图", mode: "replace", owner: "tableChart", exists: false, marker: "none" };

/** A full table of `cap` whose guests are named T<table>-<seat>, or by `name(seat)`. */
function full(table: number, cap = 10, name = (seat: number) => `T${table}-${seat}`): PlannedTable {
  const seats = seatOrder(cap, cap, "chinese");
  return { table, capacity: cap, guests: seats.map((s) => ({ id: `${table}-${s.seat}`, name: name(s.seat), ...s })) };
}

function many(count: number, name?: (seat: number) => string): PlannedTable[] {
  return Array.from({ length: count }, (_, i) => full(i + 1, 10, name));
}

function chart(tables: PlannedTable[], lang: Lang = "zh", perRow?: number): SheetWrite {
  return tableChartSheet({ tables, convention: "chinese", target, lang, eventName: "2026 年会", perRow });
}

function grid(sheet: SheetWrite): CellValue[][] {
  return sheet.values[0].values;
}

function find(v: CellValue[][], text: string): [number, number] {
  for (let r = 0; r < v.length; r++) {
    const c = v[r].findIndex((x) => x === text);
    if (c >= 0) return [r, c];
  }
  throw new Error(`${text} not found`);
}

/** The middle column of a table's block (its title spans the block from its left column). */
function middle(v: CellValue[][], title: string): number {
  return find(v, title)[1] + 1;
}

/** The column under the middle of the stage, which runs across the plan. */
function stageCentre(sheet: SheetWrite): number {
  return (sheet.page!.printArea!.cols - 1) / 2;
}

function expectPrintsWhole(sheet: SheetWrite): void {
  expect(describeFitProblems(printFitProblems(sheet))).toEqual([]);
}

/** A4 landscape inside a working sheet's margins, in points; fit-to-width shrinks the plan to its width. */
const PAGE = {
  width: ((297 - SHEET_MARGINS.left - SHEET_MARGINS.right) * 72) / 25.4,
  height: ((210 - SHEET_MARGINS.top - SHEET_MARGINS.bottom) * 72) / 25.4,
};

/** The printed height of each page, in points of paper. */
function pageHeights(sheet: SheetWrite): number[] {
  const width = sheet.columnWidths!.reduce((sum, c) => sum + c.width * 5.25 + 3.75, 0);
  const scale = Math.min(1, PAGE.width / width);
  const height = new Map(sheet.rowHeights!.map((h) => [h.row, h.height]));
  const area = sheet.page!.printArea!;
  const cuts = [area.row, ...(sheet.page!.breaksBefore ?? []), area.row + area.rows];
  return cuts.slice(1).map((end, i) => {
    let sum = 0;
    for (let r = cuts[i]; r < end; r++) sum += height.get(r) ?? 15;
    return sum * scale;
  });
}

describe("tableChartSheet", () => {
  // Six tables in one row (a room might set it so; by default six take rows of three).
  const six = chart(
    [6, 2, 5, 1, 3, 4].map((n) => full(n)),
    "zh",
    7,
  );
  const v = grid(six);

  it("puts the main table in the middle of the front row, right under the stage", () => {
    const [stage] = find(v, "▲ 舞台 / 主席台（上方）");
    const [first] = find(v, "第1桌（主桌）");
    expect(middle(v, "第1桌（主桌）")).toBe(stageCentre(six));
    // Nothing but the stage between it and the top: the front row.
    for (let r = stage + 1; r < first; r++) expect(v[r].every((x) => x === "")).toBe(true);
  });

  it("sets table 2 at the host's right (the chart's left) of table 1, 3 at the host's left, 4 and 5 further out", () => {
    const [row] = find(v, "第1桌（主桌）");
    const at = (n: number) => {
      const [r, c] = find(v, `第${n}桌`);
      expect(r).toBe(row);
      return c + 1;
    };
    const one = middle(v, "第1桌（主桌）");
    expect(at(2)).toBeLessThan(one);
    expect(at(3)).toBeGreaterThan(one);
    expect(at(4)).toBeLessThan(at(2));
    expect(at(5)).toBeGreaterThan(at(3));
    expect(at(6)).toBeLessThan(at(4));
    // Symmetric: 2 and 3 the same distance from the main table.
    expect(one - at(2)).toBe(at(3) - one);
  });

  it("puts the host across the top, the deputy across the bottom, the host's right down the left column", () => {
    const [top, left] = find(v, "第1桌（主桌）");
    expect(find(v, "主陪 T1-1")).toEqual([top + 1, left]);
    expect(find(v, "2 T1-2")).toEqual([top + 2, left]);
    expect(find(v, "5 T1-5")).toEqual([top + 5, left]);
    expect(find(v, "10 T1-10")).toEqual([top + 2, left + 2]);
    expect(find(v, "副主陪 T1-6")).toEqual([top + 6, left]);
    expect(v[top + 2][left + 1]).toBe(1);
    expect(six.merges).toEqual(
      expect.arrayContaining([
        { row: top, col: left, rows: 1, cols: 3 },
        { row: top + 1, col: left, rows: 1, cols: 3 },
        { row: top + 2, col: left + 1, rows: 4, cols: 1 },
        { row: top + 6, col: left, rows: 1, cols: 3 },
      ]),
    );
  });

  it("says the stage is above and the door below", () => {
    const [stage] = find(v, "▲ 舞台 / 主席台（上方）");
    const [door] = find(v, "▼ 入口 / 门（下方）");
    const [first] = find(v, "第1桌（主桌）");
    const [last] = find(v, "副主陪 T6-6");
    expect(stage).toBeLessThan(first);
    expect(door).toBeGreaterThan(last);
    expect(v[1][0]).toContain("主陪背向舞台、面向门");
  });

  it("starts the second row behind the main table with table 8 when there are 7 to a row", () => {
    const s = chart(many(10), "zh", 7);
    const g = grid(s);
    const [front] = find(g, "第1桌（主桌）");
    const [second] = find(g, "第8桌");
    expect(second).toBeGreaterThan(front);
    expect(middle(g, "第8桌")).toBe(stageCentre(s));
    expect(find(g, "第9桌")[0]).toBe(second);
    expect(middle(g, "第9桌")).toBeLessThan(middle(g, "第8桌"));
    expect(middle(g, "第10桌")).toBeGreaterThan(middle(g, "第8桌"));
    expect(middle(g, "第7桌")).toBeGreaterThan(middle(g, "第5桌"));
  });

  it("prints a few tables larger, three to a row, table 1 still centred in front", () => {
    const s = chart(many(7));
    const g = grid(s);
    const [front] = find(g, "第1桌（主桌）");
    expect(find(g, "第2桌")[0]).toBe(front);
    expect(find(g, "第3桌")[0]).toBe(front);
    expect(find(g, "第4桌")[0]).toBeGreaterThan(front);
    expect(middle(g, "第1桌（主桌）")).toBe(stageCentre(s));
    expect(s.page!.scale).toBeGreaterThan(chart(many(7), "zh", 7).page!.scale!);
    // Three rows of three still share one page, scaled to its height.
    expect(s.page!.breaksBefore ?? []).toEqual([]);
  });

  it("centres a short last row under the stage, its first table on the host's right", () => {
    const s = chart(many(9), "zh", 5);
    const g = grid(s);
    const [row] = find(g, "第6桌");
    const mids = [6, 7, 8, 9].map((n) => {
      expect(find(g, `第${n}桌`)[0]).toBe(row);
      return middle(g, `第${n}桌`);
    });
    expect(mids.reduce((a, b) => a + b, 0) / 4).toBe(stageCentre(s));
    expect(mids[0]).toBeLessThan(mids[1]);
    expect(mids[2]).toBeLessThan(mids[0]);
    expect(mids[3]).toBeGreaterThan(mids[1]);
  });

  it("prints 30 tables on one landscape page, the plan's width at most 7 tables", () => {
    const s = chart(many(30));
    expect(s.page).toMatchObject({ orientation: "landscape", fitToWidth: false, printArea: { row: 0, col: 0, rows: grid(s).length } });
    // Its own scale (Excel keeps a sheet's page breaks only when it is not fitted): the plan's width on the page.
    expect(s.page!.scale).toBeGreaterThanOrEqual(10);
    expect(s.page!.scale).toBeLessThan(100);
    const planPoints = s.columnWidths!.reduce((sum, w) => sum + w.width * 5.25 + 3.75, 0);
    expect((planPoints * s.page!.scale!) / 100).toBeLessThanOrEqual(((297 - 30) * 72) / 25.4);
    expect(s.page!.breaksBefore).toBeUndefined();
    expect(s.page!.printArea!.cols).toBe(7 * 4 - 1);
    expect(pageHeights(s).every((h) => h <= PAGE.height)).toBe(true);
    expectPrintsWhole(s);
  });

  it("breaks 45 tables between rows of tables, each further page headed by the way to the stage", () => {
    for (const lang of ["zh", "en"] as const) {
      const s = chart(many(45), lang);
      const g = grid(s);
      const breaks = s.page!.breaksBefore ?? [];
      expect(breaks.length).toBeGreaterThan(0);
      for (const b of breaks) {
        expect(g[b][0]).toBe(CHART_STAGE_CONTINUED[lang]);
        // The aisle after a row of tables above, a row of table titles below: no block is cut.
        expect(g[b - 1].every((x) => x === "")).toBe(true);
        expect(g[b + 1].some((x) => /^(第\d+桌|Table \d+)/.test(String(x)))).toBe(true);
      }
      expect(pageHeights(s).every((h) => h <= PAGE.height)).toBe(true);
      expect(pageHeights(s)).toHaveLength(breaks.length + 1);
      expectPrintsWhole(s);
    }
  });

  it("prints every name whole, long ones wrapped, in both languages", () => {
    const long = (seat: number) => (seat % 2 ? "Alexandra Montgomery-Fitzwilliam" : "Christopher Worthington-Smythe");
    const en = chart([...many(12, long), { ...full(13, 12, long), dietTable: "Vegetarian" }], "en");
    expectPrintsWhole(en);
    const g = grid(en);
    expect(g.flat()).toContain("Host Alexandra Montgomery-Fitzwilliam");
    expect(g.flat()).toContain("3 Alexandra Montgomery-Fitzwilliam");
    const tall = en.rowHeights!.filter((h) => h.height > 15);
    expect(tall.length).toBeGreaterThan(0);
    const zh = chart(
      [...many(20, (seat) => (seat % 3 ? "欧阳建国" : "买买提·艾力·阿不都热合曼")), { ...full(21, 8), label: "Family" }],
      "zh",
    );
    expectPrintsWhole(zh);
    expectPrintsWhole(chart([], "en"));
    expectPrintsWhole(chart([full(1, 1)], "zh"));
  });

  it("sets the title and notes in rows of their own across the plan's width, wrapped", () => {
    for (const lang of ["zh", "en"] as const) {
      for (const count of [1, 30]) {
        const s = tableChartSheet({ tables: many(count), convention: "international", target, lang, eventName: "2026 年会" });
        const g = grid(s);
        const cols = s.page!.printArea!.cols;
        expect(g[1][0]).toBe(CHART_VIEW[lang]);
        expect(g[2][0]).toBe(conventionLabel("international", lang));
        for (const row of [0, 1, 2]) {
          expect(s.merges).toContainEqual({ row, col: 0, rows: 1, cols });
          expect(s.formats).toContainEqual(expect.objectContaining({ range: { row, col: 0, rows: 1, cols }, wrap: true }));
          expect(s.rowHeights!.some((h) => h.row === row)).toBe(true);
        }
        const door = g.length - 1;
        expect(s.merges).toContainEqual({ row: door, col: 0, rows: 1, cols });
        expectPrintsWhole(s);
      }
    }
  });

  it("shows an empty seat by its number and speaks English in an English workbook", () => {
    const t = full(1, 8);
    t.guests = t.guests.slice(0, 3);
    const en = grid(tableChartSheet({ tables: [t], convention: "international", target, lang: "en" }));
    const [top, left] = find(en, "Table 1 (main)");
    expect(find(en, "Host T1-1")).toEqual([top + 1, left]);
    expect(find(en, "Deputy host T1-5")[1]).toBe(left);
    expect(en.flat()).toContain("3");
    expect(en.flat()).toContain("▲ Stage (top)");
    expect(en.flat()).toContain("▼ Entrance / door (bottom)");
  });

  it("leaves out tables nobody sits at, and says so when nobody dines", () => {
    const empty: PlannedTable = { table: 2, capacity: 10, guests: [] };
    const g = grid(chart([full(1), empty, full(3)]));
    expect(g.flat()).not.toContain("第2桌");
    expect(middle(g, "第3桌")).toBeLessThan(middle(g, "第1桌（主桌）"));
    const none = chart([{ ...empty, table: 1 }], "zh");
    expect(grid(none).flat()).toContain("没有需要安排桌次的人员。");
    expect(grid(none).flat()).toContain("▼ 入口 / 门（下方）");
    expectPrintsWhole(none);
  });
});
