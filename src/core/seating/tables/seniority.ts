import type { TableGuest } from "./types";

/** Seniority: precedence (排序, lower first; none last), then VIPs, then the order given. */
export function seniorityRanks(guests: readonly TableGuest[]): Int32Array {
  const order = guests.map((_, i) => i);
  const prec = (g: TableGuest) => (g.precedence === undefined || !Number.isFinite(g.precedence) ? Infinity : g.precedence);
  order.sort((a, b) => {
    const pa = prec(guests[a]);
    const pb = prec(guests[b]);
    if (pa !== pb) return pa < pb ? -1 : 1;
    if (guests[a].vip !== guests[b].vip) return guests[a].vip ? -1 : 1;
    return a - b;
  });
  const rank = new Int32Array(guests.length);
  order.forEach((g, r) => (rank[g] = r));
  return rank;
}
