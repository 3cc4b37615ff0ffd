import { optimiseTables } from "../../../../src/core/seating/tables/optimise";
import { planSpread } from "../../../../src/core/seating/tables/spread";
import type { PlannedTable } from "../../../../src/core/seating/tables/types";
import { guest, problem } from "./tableHarness";

const at = (table: number, capacity: number, ids: string[]): PlannedTable => ({
  table,
  capacity,
  guests: ids.map((id, k) => ({ id, name: id, seat: k + 1, role: "guest" })),
});

describe("planSpread", () => {
  // A: 12 guests need 2 tables of 10 and sit at 3; B: 2 at 1; C sits alone and is not counted.
  const gs = [
    ...Array.from({ length: 12 }, (_, k) => guest(`A${k}`, { organisation: "市财政局（办公室）", group: "甲" })),
    guest("B0", { organisation: "B", group: "甲" }),
    guest("B1", { organisation: "B", group: "乙" }),
    guest("C0", { organisation: "C", group: "乙" }),
  ];
  // One organisation however its brackets are typed, as the objective reads it.
  gs[11].organisation = "市财政局(办公室)";
  const tables = [
    at(1, 10, ["A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "B0", "B1"]),
    at(2, 10, ["A8", "A9", "C0"]),
    at(3, 10, ["A10", "A11"]),
  ];

  it("is the tables each organisation of two or more sits at over the fewest it could fill", () => {
    expect(planSpread(problem(gs, [10, 10, 10]), tables)).toBeCloseTo(4 / 3);
  });

  it("follows the grouping key: by group when the plan groups by group", () => {
    // 甲 (13) at tables 1, 2, 3 of the fewest 2; 乙 (2) at tables 1 and 2 of the fewest 1.
    expect(planSpread(problem(gs, [10, 10, 10], { groupBy: "group" }), tables)).toBeCloseTo(5 / 3);
  });

  it("is 1 when the search seats every organisation at the fewest tables", () => {
    const p = problem(
      gs.map((g) => ({ ...g, group: "" })),
      [10, 10],
    );
    const r = optimiseTables(p, { seed: 1, iterations: 500 });
    if (r.status !== "ok") throw new Error(r.status);
    expect(planSpread(p, r.tables)).toBe(1);
  });
});
