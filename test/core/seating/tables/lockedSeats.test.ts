import { withLockedSeats } from "../../../../src/core/seating/tables/lockedSeats";
import { seatOrder } from "../../../../src/core/seating/tables/seatOrder";
import type { PlannedTable } from "../../../../src/core/seating/tables/types";
import { guest } from "./tableHarness";

/** A table of `n` guests g1… in seniority order, seated by the Chinese convention. */
function table(n: number, capacity = 10): PlannedTable {
  const seats = seatOrder(capacity, n, "chinese");
  return { table: 1, capacity, guests: seats.map((s, i) => ({ id: `g${i + 1}`, name: `g${i + 1}`, ...s })) };
}

const seatOf = (t: PlannedTable, id: string) => t.guests.find((g) => g.id === id)!.seat;

describe("withLockedSeats", () => {
  it("leaves a table without typed seats exactly as planned", () => {
    const t = table(6);
    expect(withLockedSeats([t], [guest("g1"), guest("g2")], "chinese").tables[0]).toBe(t);
  });

  it("gives a locked guest the seat they typed and seats the others by seniority in the seats left", () => {
    const t = table(4);
    const r = withLockedSeats([t], [guest("g4", { lockedTable: 1, lockedSeat: 1 })], "chinese");
    const out = r.tables[0];
    expect(seatOf(out, "g4")).toBe(1);
    expect(out.guests.find((g) => g.id === "g4")!.role).toBe("host");
    // g1 was the host; with seat 1 taken, the most senior takes the next seat of honour (the deputy's).
    expect(seatOf(out, "g1")).toBe(6);
    expect(new Set(out.guests.map((g) => g.seat)).size).toBe(4);
    expect(r.warnings).toEqual([]);
  });

  it("reports a seat beyond the table or claimed twice, the more senior keeping it", () => {
    const t = table(3, 8);
    const r = withLockedSeats(
      [t],
      [
        guest("g1", { lockedTable: 1, lockedSeat: 5 }),
        guest("g2", { lockedTable: 1, lockedSeat: 5 }),
        guest("g3", { lockedTable: 1, lockedSeat: 12 }),
      ],
      "chinese",
    );
    expect(seatOf(r.tables[0], "g1")).toBe(5);
    expect(seatOf(r.tables[0], "g2")).not.toBe(5);
    expect(r.warnings.map((w) => w.message.zh)).toEqual([
      "g2锁定的1号桌5号座已由g1锁定，g2按座次另行安排。",
      "g3锁定的座位 12 超出1号桌的 8 个座位，按座次另行安排。",
    ]);
  });
});
