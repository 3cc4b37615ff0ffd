import type { SeatRole, TableConvention } from "./types";

export interface SeatPosition {
  seat: number;
  role: SeatRole;
  guestNo?: number;
}

/**
 * Seats in order of seniority for a round table. Seat 1 is the host's (主陪), facing the door;
 * numbers run round the table starting on the host's right, so the deputy (副主陪) sits opposite
 * at ⌊capacity/2⌋ + 1.
 * Chinese: guest 1 on the host's right, guest 2 on the host's left, guest 3 on the deputy's right,
 * guest 4 on the deputy's left, then outwards in the same pattern.
 * International: the guest of honour on the host's right, guest 2 on the deputy's (co-host's)
 * right, guest 3 on the host's left, guest 4 on the deputy's left.
 */
export function seatOrder(capacity: number, count: number, convention: TableConvention): SeatPosition[] {
  const n = Math.min(count, capacity);
  const out: SeatPosition[] = [];
  if (n <= 0) return out;
  out.push({ seat: 1, role: "host" });
  if (n === 1) return out;
  const d = Math.floor(capacity / 2) + 1;
  out.push({ seat: d, role: "deputy" });
  const range = (from: number, to: number) => {
    const r: number[] = [];
    for (let i = from; from <= to ? i <= to : i >= to; i += from <= to ? 1 : -1) r.push(i);
    return r;
  };
  const hostRight = d > 2 ? range(2, d - 1) : [];
  const deputyLeft = [...hostRight].reverse();
  const hostLeft = d < capacity ? range(capacity, d + 1) : [];
  const deputyRight = [...hostLeft].reverse();
  const cycle =
    convention === "international" ? [hostRight, deputyRight, hostLeft, deputyLeft] : [hostRight, hostLeft, deputyRight, deputyLeft];
  const taken = new Set([1, d]);
  const next = cycle.map(() => 0);
  let turn = 0;
  let guestNo = 1;
  while (out.length < n) {
    for (let tries = 0; tries < cycle.length; tries++, turn = (turn + 1) % cycle.length) {
      const list = cycle[turn];
      while (next[turn] < list.length && taken.has(list[next[turn]])) next[turn]++;
      if (next[turn] < list.length) break;
    }
    const seat = cycle[turn][next[turn]];
    taken.add(seat);
    out.push({ seat, role: "guest", guestNo: guestNo++ });
    turn = (turn + 1) % cycle.length;
  }
  return out;
}
