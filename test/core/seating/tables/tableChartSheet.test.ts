import type { CellValue } from "../../../../src/core/cellValue";
import type { OutputTarget } from "../../../../src/core/plan/outputTarget";
import { tableChartSheet } from "../../../../src/core/seating/tables/tableChartSheet";
import { seatOrder } from "../../../../src/core/seating/tables/seatOrder";
import type { PlannedTable } from "../../../../src/core/seating/tables/types";

const target: OutputTarget = { name: "桌次图", mode: "replace", owner: "tableChart", exists: false, marker: "none" };

/** A full table of `cap` whose guests are named T<table>-<seat>. */
function full(table: number, cap = 10): PlannedTable {
  const seats = seatOrder(cap, cap, "chinese");
  return { table, capacity: cap, guests: seats.map((s) => ({ id: `${table}-${s.seat}`, name: `T${table}-${s.seat}`, ...s })) };
}

function find(v: CellValue[][], text: string): [number, number] {
  for (let r = 0; r < v.length; r++) {
    const c = v[r].findIndex((x) => x === text);
    if (c >= 0) return [r, c];
  }
  throw new Error(`${text} not found`);
}

describe("tableChartSheet", () => {
  const tables = [6, 2, 5, 1, 3, 4].map((n) => full(n));
  const v = tableChartSheet({ tables, convention: "chinese", target, lang: "zh" }).values[0].values;

  it("draws the main table first and four tables to a row", () => {
    const [r1, c1] = find(v, "第1桌（主桌）");
    expect(c1).toBe(0);
    expect(find(v, "第2桌")).toEqual([r1, 4]);
    expect(find(v, "第4桌")).toEqual([r1, 12]);
    const [r5, c5] = find(v, "第5桌");
    expect(c5).toBe(0);
    expect(r5).toBeGreaterThan(r1);
    expect(find(v, "第6桌")).toEqual([r5, 4]);
  });

  it("puts the host on top, the deputy at the bottom, the host's right down the left column", () => {
    const [top] = find(v, "第1桌（主桌）");
    expect(find(v, "主陪 T1-1")).toEqual([top + 1, 1]);
    expect(find(v, "2 T1-2")).toEqual([top + 2, 0]);
    expect(find(v, "5 T1-5")).toEqual([top + 5, 0]);
    expect(find(v, "10 T1-10")).toEqual([top + 2, 2]);
    expect(find(v, "副主陪 T1-6")).toEqual([top + 6, 1]);
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

  it("shows an empty seat by its number and speaks English in an English workbook", () => {
    const t = full(1, 8);
    t.guests = t.guests.slice(0, 3);
    const en = tableChartSheet({ tables: [t], convention: "international", target, lang: "en" }).values[0].values;
    expect(find(en, "Host T1-1")[1]).toBe(1);
    expect(find(en, "Deputy host T1-5")[1]).toBe(1);
    expect(en.flat()).toContain("3");
    expect(en.flat()).toContain("▲ Stage (top)");
  });
});
