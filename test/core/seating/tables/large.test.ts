import { scaleInstance } from "../../../../bench/seating/instances";
import { defaultIterations, optimiseTables } from "../../../../src/core/seating/tables/optimise";
import { createRng } from "../../../../src/core/seating/tables/prng";
import { planSpread } from "../../../../src/core/seating/tables/spread";
import type { TableGuest } from "../../../../src/core/seating/tables/types";
import { guest, problem, violations } from "./tableHarness";

describe("optimiseTables at banquet-hall scale", () => {
  it("seats 2,000 guests at 200 tables with 100 keep-apart pairs and 50 locked guests, keeping every hard rule", () => {
    const rng = createRng(2026);
    const n = 2000;
    const gs: TableGuest[] = Array.from({ length: n }, (_, i) =>
      guest(`G${i}`, { organisation: `O${rng.int(60)}`, group: `组${rng.int(12)}`, precedence: i + 1, vip: i < 24 }),
    );
    // Parties of two or three (a leader and aides, a couple).
    for (let i = 100; i < 400; i += 6) for (let k = 0; k < 2 + (i % 12 === 4 ? 1 : 0); k++) gs[i + k].party = `P${i}`;
    for (let i = 30; i < 1000; i += 33) gs[i].dietTable = "清真";
    const locked = new Set<number>();
    while (locked.size < 50) locked.add(400 + rng.int(1500));
    for (const i of locked) gs[i].lockedTable = 1 + ((i * 7) % 200);
    let pairs = 0;
    while (pairs < 100) {
      const a = rng.int(n);
      const b = rng.int(n);
      if (a === b || (gs[a].party && gs[a].party === gs[b].party)) continue;
      if (gs[a].lockedTable !== undefined && gs[a].lockedTable === gs[b].lockedTable) continue;
      gs[a].keepApart.push(`G${b}`);
      pairs++;
    }
    const p = problem(gs, 200, { dietTables: ["清真"] });
    const r = optimiseTables(p, { seed: 1, iterations: 8000 });
    expect(violations(p, r)).toEqual([]);
    if (r.status !== "ok") return;
    expect(r.tables).toHaveLength(200);
    expect(r.objective.total).toBeLessThanOrEqual(r.baseline.total);
  });

  it("seats 600 guests of the scale series with organisations at no more than 1.10× the fewest tables they could fill", () => {
    const p = scaleInstance(600);
    const r = optimiseTables(p, { seed: 1, iterations: defaultIterations(600) });
    expect(violations(p, r)).toEqual([]);
    if (r.status !== "ok") return;
    expect(planSpread(p, r.tables)).toBeLessThanOrEqual(1.1);
  });
});
