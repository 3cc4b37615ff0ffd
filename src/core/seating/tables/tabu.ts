import { isAllowed, isMovable } from "./mobility";
import type { Objective } from "./objective";
import type { Rng } from "./prng";
import type { Seating } from "./seating";
import type { OptimiseOptions } from "./types";

/** Candidate moves sampled per iteration; the best non-tabu one is taken. */
const CANDIDATES = 24;
const TENURE = 7;
const EPS = 1e-9;
/** How often (in iterations) progress is reported and cancellation checked. */
const REPORT_EVERY = 256;
/** Iterations without a gain before a worsening move is allowed. */
const STALL = 100;

/**
 * Tabu search over relocations and swaps of movable parties. Every move keeps the hard
 * constraints (capacity, keep-apart, diet tables), so the seating stays valid throughout;
 * the best seating met is restored at the end, so the result is never worse than the start.
 * Returns false when cancelled.
 */
export function tabuSearch(s: Seating, obj: Objective, rng: Rng, opts: OptimiseOptions): boolean {
  const { units } = s.model;
  const T = s.tableCount;
  const total = Math.max(0, Math.floor(opts.iterations));
  const movable = units.map((_, u) => u).filter((u) => isMovable(s, u) && s.tableOf[u] >= 0);
  const tableCost = s.members.map((_, t) => obj.cost(s, t));
  let current = tableCost.reduce((a, c) => a + c, 0);
  let best = current;
  const bestTableOf = Int32Array.from(s.tableOf);
  let lastGain = 0;
  const tabu = new Int32Array(movable.length && T > 1 ? units.length * T : 0);

  for (let it = 0; it < total && movable.length && T > 1; it++) {
    if (it % REPORT_EVERY === 0) {
      if (opts.shouldCancel?.()) return false;
      opts.onProgress?.(it, total);
    }
    let mu = -1;
    let mv = -1;
    let mt = -1;
    let mDelta = Infinity;
    let mCostA = 0;
    let mCostT = 0;
    for (let k = 0; k < CANDIDATES; k++) {
      const u = movable[rng.int(movable.length)];
      const a = s.tableOf[u];
      const t = rng.next() < 0.5 ? rng.int(T) : kinTable(s, u, rng);
      if (t === a || !isAllowed(s, u, t)) continue;
      const su = units[u].size;
      let v = -1;
      if (rng.next() < 0.5) {
        if (s.used[t] + su > s.caps[t] || s.clashes(u, t)) continue;
      } else {
        const there = s.members[t];
        if (!there.length) continue;
        v = there[rng.int(there.length)];
        const sv = units[v].size;
        if (!isMovable(s, v) || !isAllowed(s, v, a)) continue;
        if (s.used[a] - su + sv > s.caps[a] || s.used[t] - sv + su > s.caps[t]) continue;
        if (s.clashes(u, t, v) || s.clashes(v, a, u)) continue;
      }
      const costA = obj.cost(s, a, u, v);
      const costT = obj.cost(s, t, v, u);
      const delta = costA + costT - tableCost[a] - tableCost[t];
      const isTabu = tabu[u * T + t] > it || (v >= 0 && tabu[v * T + a] > it);
      if (isTabu && current + delta >= best - EPS) continue;
      if (delta < mDelta) [mu, mv, mt, mDelta, mCostA, mCostT] = [u, v, t, delta, costA, costT];
    }
    // Sampling sees a sliver of the neighbourhood, so a worsening move is taken only to leave a
    // plateau that has held for a while; the tabu list then keeps the search from walking back.
    if (mu < 0 || (mDelta > EPS && it - lastGain < STALL)) continue;
    if (mDelta < -EPS) lastGain = it;
    const a = s.tableOf[mu];
    s.move(mu, mt);
    if (mv >= 0) s.move(mv, a);
    tabu[mu * T + a] = it + TENURE + rng.int(TENURE);
    if (mv >= 0) tabu[mv * T + mt] = it + TENURE + rng.int(TENURE);
    tableCost[a] = mCostA;
    tableCost[mt] = mCostT;
    current += mDelta;
    if (current < best - EPS) {
      best = current;
      bestTableOf.set(s.tableOf);
    }
  }
  opts.onProgress?.(total, total);
  restore(s, bestTableOf);
  return true;
}

/**
 * The table of a random guest sharing u's organisation (or group): random targets alone rarely
 * find the few tables where a guest would join their own people once the plan is large.
 */
function kinTable(s: Seating, u: number, rng: Rng): number {
  const { key, unitOf, byKey } = s.model;
  const k = key[s.model.units[u].members[0]];
  if (k < 0) return rng.int(s.tableCount);
  const kin = byKey[k];
  return s.tableOf[unitOf[kin[rng.int(kin.length)]]];
}

function restore(s: Seating, tableOf: Int32Array): void {
  for (let u = 0; u < tableOf.length; u++) if (s.tableOf[u] !== tableOf[u]) s.remove(u);
  for (let u = 0; u < tableOf.length; u++) if (s.tableOf[u] < 0 && tableOf[u] >= 0) s.place(u, tableOf[u]);
}
