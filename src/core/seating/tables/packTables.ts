import { isAllowed, isMovable } from "./mobility";
import type { Seating } from "./seating";

/** A few tables and the movable parties at them, to be shared out again among those tables. */
export interface Pool {
  tables: number[];
  /** Movable units now at the pool's tables. */
  units: number[];
  /** Seats per pool table left once its movable units are taken away. */
  room: number[];
  /** Pool positions grouped by key, in the order they are seated. */
  blocks: number[][];
  /** Per pool table: keys and groups of the guests who stay (locked, VIPs). */
  keysAt: number[][];
  groupsAt: number[][];
}

/** How a block picks its table among those that take it whole: kin first (alone guests), tightest fit, or least moving. */
export type PackRule = "kin" | "fit" | "stay";

export function poolOf(s: Seating, tables: readonly number[]): Pool {
  const { units, key, grp } = s.model;
  const pool: Pool = { tables: [...tables], units: [], room: [], blocks: [], keysAt: [], groupsAt: [] };
  for (const t of tables) {
    let free = s.caps[t] - s.used[t];
    const keys: number[] = [];
    const groups: number[] = [];
    for (const u of s.members[t])
      if (isMovable(s, u)) {
        pool.units.push(u);
        free += units[u].size;
      } else
        for (const i of units[u].members) {
          keys.push(key[i]);
          groups.push(grp[i]);
        }
    pool.room.push(free);
    pool.keysAt.push(keys);
    pool.groupsAt.push(groups);
  }
  pool.blocks = blocks(s, pool);
  return pool;
}

/**
 * Shares the pool's units out by organisation (or group): each key's units are one block, seated
 * whole at the table the rule prefers, then where most of them sit now; a block no table takes
 * whole is seated party by party where there is most room. Keep-apart and diet tables hold
 * throughout. Returns the pool table (by position) of each pool unit, or undefined when some
 * party finds no table.
 */
export function packPool(s: Seating, pool: Pool, rule: PackRule): Int32Array | undefined {
  const { units, conflicts, key, grp } = s.model;
  const n = pool.tables.length;
  const room = [...pool.room];
  const keysAt = pool.keysAt.map((k) => [...k]);
  const groupsAt = pool.groupsAt.map((g) => [...g]);
  const to = new Int32Array(pool.units.length).fill(-1);
  const where = (c: number) => {
    const k = pool.units.indexOf(c);
    return k < 0 ? s.tableOf[c] : to[k] < 0 ? -1 : pool.tables[to[k]];
  };
  const ok = (k: number, j: number) => {
    const u = pool.units[k];
    if (!isAllowed(s, u, pool.tables[j])) return false;
    for (const c of conflicts[u]) if (where(c) === pool.tables[j]) return false;
    return true;
  };
  const seat = (k: number, j: number) => {
    to[k] = j;
    room[j] -= units[pool.units[k]].size;
    for (const i of units[pool.units[k]].members) {
      keysAt[j].push(key[i]);
      groupsAt[j].push(grp[i]);
    }
  };
  for (const block of pool.blocks) {
    const head = units[pool.units[block[0]]];
    let size = 0;
    for (const k of block) size += units[pool.units[k]].size;
    // Two of one organisation kept apart cannot sit at one table, so that block goes party by party.
    const whole = block.every((k) => !conflicts[pool.units[k]].some((c) => block.some((x) => pool.units[x] === c)));
    let best = -1;
    let bestScore = -Infinity;
    for (let j = 0; j < n && whole; j++) {
      if (room[j] < size || !block.every((k) => ok(k, j))) continue;
      let stay = 0;
      for (const k of block) if (s.tableOf[pool.units[k]] === pool.tables[j]) stay++;
      const fit = room[j] - size;
      const own = head.key >= 0 && keysAt[j].includes(head.key);
      const near = own ? 2 : rule === "kin" && sharesGroup(s, pool, block, groupsAt[j]) ? 1 : 0;
      // Joining its own organisation always comes first; then the rule's preference.
      const score = (own ? 1e9 : 0) + near * 1e6 + (rule === "stay" ? stay * 1e4 - fit : stay - fit * 1e3);
      if (score > bestScore) [best, bestScore] = [j, score];
    }
    for (const k of block) {
      let j = best;
      if (j < 0) for (let i = 0; i < n; i++) if (room[i] >= units[pool.units[k]].size && ok(k, i) && (j < 0 || room[i] > room[j])) j = i;
      if (j < 0) return undefined;
      seat(k, j);
    }
  }
  return to;
}

function sharesGroup(s: Seating, pool: Pool, block: number[], groups: number[]): boolean {
  const { units, grp } = s.model;
  for (const k of block) for (const i of units[pool.units[k]].members) if (grp[i] >= 0 && groups.includes(grp[i])) return true;
  return false;
}

/**
 * Pool positions grouped by key (a unit without one is a block of its own). Blocks whose key has
 * someone staying at a pool table go first, while that table has room; then the largest.
 */
function blocks(s: Seating, pool: Pool): number[][] {
  const { units } = s.model;
  const byKey = new Map<number, number[]>();
  pool.units.forEach((u, k) => {
    const key = units[u].key >= 0 ? units[u].key : -1 - u;
    const list = byKey.get(key);
    if (list) list.push(k);
    else byKey.set(key, [k]);
  });
  const staying = new Set(pool.keysAt.flat());
  const size = (b: number[]) => b.reduce((a, k) => a + units[pool.units[k]].size, 0);
  const fixed = (b: number[]) => (units[pool.units[b[0]]].key >= 0 && staying.has(units[pool.units[b[0]]].key) ? 1 : 0);
  const out = [...byKey.values()].map((b) => b.sort((x, y) => units[pool.units[y]].size - units[pool.units[x]].size || x - y));
  return out.sort((a, b) => fixed(b) - fixed(a) || size(b) - size(a) || a[0] - b[0]);
}
