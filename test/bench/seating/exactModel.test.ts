import { exactModel } from "../../../bench/seating/exactModel";
import { compareOne } from "../../../bench/seating/exactness";
import { smallInstances } from "../../../bench/seating/instances";
import { planTables } from "../../../bench/seating/planTables";
import { solveExact } from "../../../bench/seating/solveExact";
import { optimiseTables } from "../../../src/core/seating/tables/optimise";
import { guest, problem, violations } from "../../core/seating/tables/tableHarness";

describe("exact model of the table plan", () => {
  it("finds the known optimum of a hand-made plan", async () => {
    // A1 and A2 must sit apart. Seating B1, B2 with A1 leaves A2 alone: 1 split organisation,
    // headcounts 3 and 1 against a share of 2 (even 2), two guests alone (2 × 3) — total 9;
    // pairing each A with a B costs 2 + 0 + 4 × 3 = 14.
    const p = problem(
      [
        guest("A1", { organisation: "A", keepApart: ["A2"] }),
        guest("A2", { organisation: "A" }),
        guest("B1", { organisation: "B" }),
        guest("B2", { organisation: "B" }),
      ],
      [3, 3],
    );
    const exact = await solveExact(exactModel(p));
    expect(exact.optimal).toBe(true);
    expect(exact.objective).toBeCloseTo(9, 6);
    expect(exact.tables.get("B1")).toBe(exact.tables.get("B2"));
    expect(exact.tables.get("A1")).not.toBe(exact.tables.get("A2"));
    const r = optimiseTables(p, { seed: 1, iterations: 500 });
    expect(r.status === "ok" && r.objective.total).toBeCloseTo(9, 6);
  });

  it("costs the optimiser's own plan exactly as the optimiser does (together, mix, by group)", async () => {
    const instances = smallInstances(40).filter((_, k) => [0, 3, 4, 9, 18, 26, 34, 39].includes(k));
    expect(new Set(instances.map((p) => `${p.mode}/${p.groupBy}`)).size).toBeGreaterThanOrEqual(3);
    for (const p of instances) {
      const r = optimiseTables(p, { seed: 3, iterations: 300 });
      expect(violations(p, r)).toEqual([]);
      if (r.status !== "ok") continue;
      const plan = planTables(r);
      const fixed = await solveExact(exactModel(p, plan));
      expect(fixed.optimal).toBe(true);
      expect(fixed.objective).toBeCloseTo(r.objective.total, 6);
      expect(fixed.tables).toEqual(plan);
    }
  });

  it("the optimiser with the product defaults reaches the proven optimum on small banquets", async () => {
    const instances = smallInstances(40).slice(0, 5);
    for (const p of instances) {
      const row = await compareOne(p, 30);
      expect(Number.isNaN(row.optimum)).toBe(false);
      expect(row.heuristic).toBeCloseTo(row.optimum, 5);
    }
  });
});
