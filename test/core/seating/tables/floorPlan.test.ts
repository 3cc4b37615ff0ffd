import { floorPlan, perRowFor, planWidth } from "../../../../src/core/seating/tables/floorPlan";

/** Table numbers (rank + 1) of one row, chart-left to chart-right. */
function rowLeftToRight(count: number, perRow: number, row: number): number[] {
  return floorPlan(count, perRow)
    .map((s, rank) => ({ ...s, table: rank + 1 }))
    .filter((s) => s.row === row)
    .sort((a, b) => a.offset - b.offset)
    .map((s) => s.table);
}

describe("floorPlan", () => {
  it("puts the main table in the centre of the front row, then the host's right (chart-left) and left in turn", () => {
    const spots = floorPlan(5, 5);
    expect(spots.map((s) => s.row)).toEqual([0, 0, 0, 0, 0]);
    expect(spots.map((s) => s.offset)).toEqual([0, -1, 1, -2, 2]);
    expect(rowLeftToRight(5, 5, 0)).toEqual([4, 2, 1, 3, 5]);
  });

  it("starts the next row behind at the centre with the same pattern", () => {
    expect(rowLeftToRight(14, 7, 0)).toEqual([6, 4, 2, 1, 3, 5, 7]);
    expect(rowLeftToRight(14, 7, 1)).toEqual([13, 11, 9, 8, 10, 12, 14]);
    expect(floorPlan(14, 7)[7]).toEqual({ row: 1, offset: 0 });
  });

  it("centres a short row behind: an odd one on its first table, an even one either side of the centre line", () => {
    expect(floorPlan(10, 7).slice(7)).toEqual([
      { row: 1, offset: 0 },
      { row: 1, offset: -1 },
      { row: 1, offset: 1 },
    ]);
    const even = floorPlan(11, 7).slice(7);
    expect(even.map((s) => s.offset)).toEqual([-0.5, 0.5, -1.5, 1.5]);
    expect(even.reduce((sum, s) => sum + s.offset, 0)).toBe(0);
  });

  it("keeps the main table in the middle of a short front row, and the plan symmetric about it", () => {
    const spots = floorPlan(4, 7);
    expect(spots.map((s) => s.offset)).toEqual([0, -1, 1, -2]);
    expect(planWidth(spots)).toBe(5);
    expect(planWidth(floorPlan(1, 1))).toBe(1);
    expect(planWidth([])).toBe(1);
  });

  it("spans a full row of the plan", () => {
    expect(planWidth(floorPlan(30, 7))).toBe(7);
    expect(planWidth(floorPlan(12, 5))).toBe(5);
  });

  it("chooses rows that print the plan largest: few tables in rows of 3, a full room in rows of 7, odd so a full row is centred", () => {
    expect([1, 2, 3].map(perRowFor)).toEqual([1, 2, 3]);
    expect([4, 7, 9].map(perRowFor)).toEqual([3, 3, 3]);
    expect([10, 15, 20].map(perRowFor)).toEqual([5, 5, 5]);
    expect([21, 30, 45, 100].map(perRowFor)).toEqual([7, 7, 7, 7]);
    expect(perRowFor(0)).toBe(1);
  });

  it("places every table once, never two at one spot", () => {
    for (const [count, perRow] of [
      [45, 7],
      [13, 5],
      [9, 4],
    ]) {
      const spots = floorPlan(count, perRow);
      expect(spots).toHaveLength(count);
      expect(new Set(spots.map((s) => `${s.row}:${s.offset}`)).size).toBe(count);
      expect(Math.max(...spots.map((s) => s.row))).toBe(Math.ceil(count / perRow) - 1);
    }
  });
});
