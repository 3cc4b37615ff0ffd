import { isAllowed, isMovable } from "./mobility";
import type { Objective } from "./objective";
import type { Rng } from "./prng";
import type { Seating } from "./seating";
import type { OptimiseOptions } from "./types";

/** Candidate moves sampled per iteration; the best non-tabu one is taken. */
const CANDIDATES = 24;
/** Share of candidates that move a whole organisation's block rather than one party. */
const BLOCK_SHARE = 0.5;
const TENURE = 7;
const EPS = 1e-9;
/** How often (in iterations) progress is reported and cancellation checked. */
const REPORT_EVERY = 256;
/** Iterations without a gain before a worsening move is allowed. */
const STALL = 100;

/**
 * Tabu search over relocations and swaps of movable parties, and block moves of an organisation's
 * parties at one table. Every move keeps the hard constraints (capacity, keep-apart, diet
 * tables), so the seating stays valid throughout;
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
  let bestValue = current;
  const bestTableOf = Int32Array.from(s.tableOf);
  let lastGain = 0;
  const tabu = new Int32Array(movable.length && T > 1 ? units.length * T : 0);

  for (let it = 0; it < total && movable.length && T > 1; it++) {
    if (it % REPORT_EVERY === 0) {
      if (opts.shouldCancel?.()) return false;
      opts.onProgress?.(it, total);
    }
    let best: Move | undefined;
    for (let k = 0; k < CANDIDATES; k++) {
      const m =
        rng.next() < BLOCK_SHARE
          ? blockMove(s, movable[rng.int(movable.length)], rng)
          : simpleMove(s, movable[rng.int(movable.length)], rng);
      if (!m) continue;
      m.costA = obj.cost(s, m.a, m.out, m.back);
      m.costT = obj.cost(s, m.t, m.back, m.out);
      m.delta = m.costA + m.costT - tableCost[m.a] - tableCost[m.t];
      const isTabu = m.out.some((u) => tabu[u * T + m.t] > it) || m.back.some((v) => tabu[v * T + m.a] > it);
      if (isTabu && current + m.delta >= bestValue - EPS) continue;
      if (!best || m.delta < best.delta) best = m;
    }
    // Sampling sees a sliver of the neighbourhood, so a worsening move is taken only to leave a
    // plateau that has held for a while; the tabu list then keeps the search from walking back.
    if (!best || (best.delta > EPS && it - lastGain < STALL)) continue;
    if (best.delta < -EPS) lastGain = it;
    for (const u of best.out) s.move(u, best.t);
    for (const v of best.back) s.move(v, best.a);
    for (const u of best.out) tabu[u * T + best.a] = it + TENURE + rng.int(TENURE);
    for (const v of best.back) tabu[v * T + best.t] = it + TENURE + rng.int(TENURE);
    tableCost[best.a] = best.costA;
    tableCost[best.t] = best.costT;
    current += best.delta;
    if (current < bestValue - EPS) {
      bestValue = current;
      bestTableOf.set(s.tableOf);
    }
  }
  opts.onProgress?.(total, total);
  restore(s, bestTableOf);
  return true;
}

/** Units `out` go from table a to t, units `back` from t to a. */
interface Move {
  a: number;
  t: number;
  out: number[];
  back: number[];
  costA: number;
  costT: number;
  delta: number;
}

function move(a: number, t: number, out: number[], back: number[]): Move {
  return { a, t, out, back, costA: 0, costT: 0, delta: 0 };
}

/** Whether unit u has someone at t it must keep apart from, not counting the units in `except` (who leave t). */
function clashesExcept(s: Seating, u: number, t: number, except: readonly number[]): boolean {
  for (const c of s.model.conflicts[u]) if (s.tableOf[c] === t && !except.includes(c)) return true;
  return false;
}

/** Relocates u to a random or a kin table, or swaps it with a party there. */
function simpleMove(s: Seating, u: number, rng: Rng): Move | undefined {
  const { units } = s.model;
  const a = s.tableOf[u];
  const t = rng.next() < 0.5 ? rng.int(s.tableCount) : kinTable(s, u, rng);
  if (t === a || !isAllowed(s, u, t)) return undefined;
  const su = units[u].size;
  if (rng.next() < 0.5) {
    if (s.used[t] + su > s.caps[t] || s.clashes(u, t)) return undefined;
    return move(a, t, [u], []);
  }
  const there = s.members[t];
  if (!there.length) return undefined;
  const v = there[rng.int(there.length)];
  const sv = units[v].size;
  if (!isMovable(s, v) || !isAllowed(s, v, a)) return undefined;
  if (s.used[a] - su + sv > s.caps[a] || s.used[t] - sv + su > s.caps[t]) return undefined;
  if (s.clashes(u, t, v) || s.clashes(v, a, u)) return undefined;
  return move(a, t, [u], [v]);
}

/**
 * Moves every movable party of u's organisation (or group) at u's table to a table where more of
 * them sit, sending parties of other organisations back to make room. Moving them one at a time
 * would split the organisation on the way — a worse plan at every step — so single moves rarely
 * merge two halves of a delegation.
 */
function blockMove(s: Seating, u: number, rng: Rng): Move | undefined {
  const { units } = s.model;
  const key = units[u].key;
  if (key < 0) return undefined;
  const a = s.tableOf[u];
  const t = kinTable(s, u, rng);
  if (t === a) return undefined;
  const out = s.members[a].filter((v) => units[v].key === key && isMovable(s, v) && isAllowed(s, v, t));
  let size = 0;
  for (const v of out) size += units[v].size;
  let back: number[] = [];
  let free = s.caps[t] - s.used[t];
  const there = s.members[t];
  const start = rng.int(there.length || 1);
  if (rng.next() < 0.5 && there.length) {
    // Swap with another organisation's block at t.
    const other = units[there[start]].key;
    if (other === key) return undefined;
    back = there.filter((v) => units[v].key === other && isMovable(s, v) && isAllowed(s, v, a));
    for (const v of back) free += units[v].size;
  } else
    for (let k = 0; k < there.length && free < size; k++) {
      const v = there[(start + k) % there.length];
      if (units[v].key === key || !isMovable(s, v) || !isAllowed(s, v, a)) continue;
      back.push(v);
      free += units[v].size;
    }
  if (free < size) return undefined;
  let backSize = 0;
  for (const v of back) backSize += units[v].size;
  if (s.used[a] - size + backSize > s.caps[a]) return undefined;
  for (const v of out) if (clashesExcept(s, v, t, back)) return undefined;
  for (const v of back) if (clashesExcept(s, v, a, out)) return undefined;
  return move(a, t, out, back);
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
