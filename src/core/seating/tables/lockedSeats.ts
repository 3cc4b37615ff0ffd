import { seatOrder } from "./seatOrder";
import type { PlannedTable, PlanWarning, SeatedGuest, TableConvention, TableGuest } from "./types";

/**
 * A locked guest who also typed a seat keeps it; everyone else at the table takes the remaining
 * seats in the banquet order, most senior first, so a planner who pins the host's seat for a
 * guest makes them the host. A seat past the table's size, or one two locked guests both claim
 * (the more senior keeps it), is reported and that guest is seated by the convention.
 */
export function withLockedSeats(
  tables: readonly PlannedTable[],
  guests: readonly TableGuest[],
  convention: TableConvention,
): { tables: PlannedTable[]; warnings: PlanWarning[] } {
  const byId = new Map(guests.map((g) => [g.id, g]));
  const warnings: PlanWarning[] = [];
  const out = tables.map((t) => {
    const wanted = t.guests.filter((g) => byId.get(g.id)?.lockedSeat !== undefined);
    if (!wanted.length) return t;
    const positions = seatOrder(t.capacity, t.capacity, convention);
    const taken = new Map<number, SeatedGuest>();
    const kept = new Map<string, number>();
    for (const g of wanted) {
      const seat = byId.get(g.id)!.lockedSeat!;
      if (seat > t.capacity || taken.has(seat)) {
        warnings.push(seatWarning(g, seat, t, taken.get(seat)));
        continue;
      }
      taken.set(seat, g);
      kept.set(g.id, seat);
    }
    const free = positions.filter((p) => !taken.has(p.seat));
    let next = 0;
    const seated = t.guests.map((g): SeatedGuest => {
      const seat = kept.get(g.id);
      const p = seat !== undefined ? positions.find((x) => x.seat === seat)! : free[next++];
      const s: SeatedGuest = { id: g.id, name: g.name, seat: p.seat, role: p.role };
      if (p.guestNo !== undefined) s.guestNo = p.guestNo;
      return s;
    });
    return { ...t, guests: seated };
  });
  return { tables: out, warnings };
}

function seatWarning(g: SeatedGuest, seat: number, t: PlannedTable, holder?: SeatedGuest): PlanWarning {
  return {
    people: [g.id],
    message: holder
      ? {
          zh: `${g.name}锁定的${t.table}号桌${seat}号座已由${holder.name}锁定，${g.name}按座次另行安排。`,
          en: `${g.name}'s locked seat ${seat} at table ${t.table} is also locked for ${holder.name}; ${g.name} is seated by the convention.`,
        }
      : {
          zh: `${g.name}锁定的座位 ${seat} 超出${t.table}号桌的 ${t.capacity} 个座位，按座次另行安排。`,
          en: `${g.name}'s locked seat ${seat} is beyond the ${t.capacity} seats of table ${t.table}; they are seated by the convention.`,
        },
  };
}
