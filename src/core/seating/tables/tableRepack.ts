import type { Objective } from "./objective";
import { packPool, poolOf, type PackRule, type Pool } from "./packTables";
import type { Seating } from "./seating";

const RULES: readonly PackRule[] = ["fit", "kin", "stay"];
const EPS = 1e-9;

/** A new share-out of a pool: the pool table (by position) of each pool unit, the new table costs and the gain. */
export interface Repack {
  pool: Pool;
  to: Int32Array;
  costs: number[];
  delta: number;
}

/**
 * A few tables re-solved together: everyone movable at them shared out again by organisation, by
 * each of a few packing rules, and the best share-out kept if it lowers the objective. Full tables
 * leave single moves and swaps no way to merge a 5 + 3 split — every path goes through worse
 * plans — while re-partitioning the tables an organisation is split over, with one more to trade
 * with, often can. Reads the seating only; returns undefined when nothing is better.
 */
export function repackTables(s: Seating, obj: Objective, tables: readonly number[], tableCost: readonly number[]): Repack | undefined {
  const pool = poolOf(s, tables);
  const before = pool.tables.reduce((a, t) => a + tableCost[t], 0);
  const leaving = pool.tables.map((t) => pool.units.filter((u) => s.tableOf[u] === t));
  let best: Repack | undefined;
  const tried: Int32Array[] = [];
  for (const rule of RULES) {
    const to = packPool(s, pool, rule);
    if (!to || tried.some((x) => x.every((j, k) => j === to[k]))) continue;
    tried.push(to);
    const costs = pool.tables.map((t, j) =>
      obj.cost(
        s,
        t,
        leaving[j],
        pool.units.filter((_, k) => to[k] === j),
      ),
    );
    const delta = costs.reduce((a, c) => a + c, 0) - before;
    if (delta < (best?.delta ?? -EPS)) best = { pool, to, costs, delta };
  }
  return best;
}

export function applyRepack(s: Seating, r: Repack, tableCost: number[]): void {
  r.pool.units.forEach((u, k) => {
    const t = r.pool.tables[r.to[k]];
    if (s.tableOf[u] !== t) s.move(u, t);
  });
  r.pool.tables.forEach((t, j) => (tableCost[t] = r.costs[j]));
}
