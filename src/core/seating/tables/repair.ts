import { isAllowed, isMovable } from "./mobility";
import type { Seating } from "./seating";

/**
 * Makes room for unit u when no table has it: at some table, moves out the guests u must keep
 * apart from (and, if seats are short, the smallest other movable parties) to tables that can
 * take them. Leaves the seating untouched when that fails.
 */
export function repairPlace(s: Seating, u: number): boolean {
  const { units, conflicts } = s.model;
  const size = units[u].size;
  for (let t = 0; t < s.tableCount; t++) {
    if (!isAllowed(s, u, t) || s.caps[t] < size) continue;
    const blockers = conflicts[u].filter((c) => s.tableOf[c] === t);
    if (blockers.some((c) => !isMovable(s, c))) continue;
    const out = [...blockers];
    let free = s.caps[t] - s.used[t] + blockers.reduce((a, c) => a + units[c].size, 0);
    const spare = s.members[t]
      .filter((v) => !blockers.includes(v) && isMovable(s, v))
      .sort((a, b) => units[a].size - units[b].size || a - b);
    for (const v of spare) {
      if (free >= size) break;
      out.push(v);
      free += units[v].size;
    }
    if (free < size) continue;
    for (const v of out) s.remove(v);
    s.place(u, t);
    const moved: number[] = [];
    for (const v of out) {
      let to = -1;
      for (let t2 = 0; t2 < s.tableCount; t2++)
        if (t2 !== t && isAllowed(s, v, t2) && s.fits(v, t2) && (to < 0 || s.used[t2] < s.used[to])) to = t2;
      if (to < 0) break;
      s.place(v, to);
      moved.push(v);
    }
    if (moved.length === out.length) return true;
    for (const v of moved) s.remove(v);
    s.remove(u);
    for (const v of out) s.place(v, t);
  }
  return false;
}
