import { seatOrder } from "../../../../src/core/seating/tables/seatOrder";

const seats = (cap: number, n: number, c: "chinese" | "international" = "chinese") => seatOrder(cap, n, c).map((p) => p.seat);

describe("seatOrder", () => {
  it("Chinese, 10 seats: host 1, deputy opposite at 6, guests right and left of host, then of deputy", () => {
    // Seats run round from the host's right: 2 is the host's right, 10 the host's left,
    // 7 the deputy's right, 5 the deputy's left.
    expect(seats(10, 10)).toEqual([1, 6, 2, 10, 7, 5, 3, 9, 8, 4]);
    expect(seatOrder(10, 4, "chinese")).toEqual([
      { seat: 1, role: "host" },
      { seat: 6, role: "deputy" },
      { seat: 2, role: "guest", guestNo: 1 },
      { seat: 10, role: "guest", guestNo: 2 },
    ]);
  });

  it("international: the guest of honour on the host's right, guest 2 on the deputy's right", () => {
    expect(seats(10, 6, "international")).toEqual([1, 6, 2, 7, 10, 5]);
  });

  it("uses every seat exactly once at any size, and none beyond the people present", () => {
    for (let cap = 1; cap <= 16; cap++) {
      expect([...seats(cap, cap)].sort((a, b) => a - b)).toEqual(Array.from({ length: cap }, (_, i) => i + 1));
      expect(seats(cap, cap, "international").length).toBe(cap);
    }
    expect(seats(12, 3)).toEqual([1, 7, 2]);
    expect(seats(10, 0)).toEqual([]);
  });
});
