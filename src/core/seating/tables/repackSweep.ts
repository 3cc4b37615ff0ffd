import { isMovable } from "./mobility";
import type { Objective } from "./objective";
import type { Rng } from "./prng";
import type { Seating } from "./seating";
import { fewestTables, tablesOfKey } from "./spread";
import { applyRepack, repackTables, type Repack } from "./tableRepack";

/** Tables of one split key re-solved together; a key over more keeps the ones holding most of it. */
const MAX_TABLES = 4;
/** Tables where other pooled organisations sit, tried one at a time as one more table to make room. */
const EXTRA = 4;
/** Random tables tried the same way: full tables often need a third to trade with. */
const RANDOM = 8;
/** Tables of an alone guest's kin tried with theirs. */
const KIN = 5;
const SWEEPS = 6;
/** Spots tried between looks at the caller's cancel button. */
const CHECK_EVERY = 64;

/**
 * Repacks the plan's worst spots, keeping every gain, until a sweep gains nothing: the tables of
 * each organisation (or group) at more tables than its size needs, and each table with a guest
 * alone among strangers together with a table where their kin sit. After the first sweep a spot
 * is tried again only when one of its tables changed since. Returns the gain; stops early when
 * `stop` says so.
 */
export function repackSweep(s: Seating, obj: Objective, tableCost: number[], rng: Rng, stop?: () => boolean): number {
  if (s.tableCount < 2) return 0;
  const largest = Math.max(...s.caps);
  const kin = kinLists(s);
  const changed = new Int32Array(s.tableCount);
  let gain = 0;
  let tried = 0;
  for (let sweep = 1, gained = true; sweep <= SWEEPS && gained; sweep++) {
    gained = false;
    const stale = (tables: readonly number[]) => sweep > 1 && tables.every((t) => changed[t] < sweep - 1);
    const take = (pools: number[][]) => {
      let best: Repack | undefined;
      for (const tables of pools) {
        const r = repackTables(s, obj, tables, tableCost);
        if (r && r.delta < (best?.delta ?? 0)) best = r;
      }
      if (!best) return;
      applyRepack(s, best, tableCost);
      for (const t of best.pool.tables) changed[t] = sweep;
      gain -= best.delta;
      gained = true;
    };
    for (let k = 0; k < s.model.keyCount; k++) {
      const at = tablesOfKey(s, k);
      if (at.length <= fewestTables(s.model.byKey[k].length, largest) || stale(at)) continue;
      if (++tried % CHECK_EVERY === 0 && stop?.()) return gain;
      take(splitPools(s, k, at, rng));
    }
    for (let t = 0; t < s.tableCount; t++)
      for (const i of obj.aloneAt(s, t)) {
        const near = kinTables(s, i, kin);
        if (s.tableOf[s.model.unitOf[i]] !== t || stale([t, ...near])) continue;
        if (++tried % CHECK_EVERY === 0 && stop?.()) return gain;
        take(alonePools(s, t, near, rng));
      }
  }
  return gain;
}

/** The key's tables (most of its guests first), then that set with one more table: where other pooled organisations sit, or at random. */
function splitPools(s: Seating, k: number, at: number[], rng: Rng): number[][] {
  const { byKey, unitOf, units } = s.model;
  const count = (t: number) => byKey[k].reduce((a, i) => a + (s.tableOf[unitOf[i]] === t ? 1 : 0), 0);
  const base = at
    .map((t) => [t, count(t)])
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_TABLES)
    .map(([t]) => t);
  const extra: number[] = [];
  for (const t of base)
    for (const u of s.members[t]) {
      const other = units[u].key;
      if (other < 0 || other === k || !isMovable(s, u)) continue;
      for (const x of tablesOfKey(s, other)) if (!base.includes(x) && !extra.includes(x) && extra.length < EXTRA) extra.push(x);
    }
  addRandom(s, extra, base, rng);
  return [base, ...extra.map((x) => [...base, x])];
}

/** A few tables where guest i's organisation or group sits, other than theirs. */
function kinTables(s: Seating, i: number, kin: Kin): number[] {
  const { org, grp, unitOf } = s.model;
  const a = s.tableOf[unitOf[i]];
  const near: number[] = [];
  for (const list of [org[i] >= 0 ? kin.org[org[i]] : [], grp[i] >= 0 ? kin.grp[grp[i]] : []])
    for (const j of list) {
      const t = s.tableOf[unitOf[j]];
      if (t === a || near.includes(t)) continue;
      near.push(t);
      if (near.length === KIN) return near;
    }
  return near;
}

/** The alone guest's table a with each of their kin's tables, alone or with a random third. */
function alonePools(s: Seating, a: number, near: number[], rng: Rng): number[][] {
  const pools = near.map((t) => [a, t]);
  const extra: number[] = [];
  addRandom(s, extra, [a, ...near], rng);
  near.forEach((t, k) => extra[k] !== undefined && pools.push([a, t, extra[k]]));
  return pools;
}

function addRandom(s: Seating, extra: number[], not: readonly number[], rng: Rng): void {
  for (let c = 0; c < RANDOM; c++) {
    const x = rng.int(s.tableCount);
    if (!not.includes(x) && !extra.includes(x)) extra.push(x);
  }
}

interface Kin {
  org: number[][];
  grp: number[][];
}

function kinLists(s: Seating): Kin {
  const { org, grp, orgTotal, grpTotal } = s.model;
  const kin: Kin = { org: Array.from(orgTotal, () => []), grp: Array.from(grpTotal, () => []) };
  s.model.guests.forEach((_, i) => {
    if (org[i] >= 0) kin.org[org[i]].push(i);
    if (grp[i] >= 0) kin.grp[grp[i]].push(i);
  });
  return kin;
}
