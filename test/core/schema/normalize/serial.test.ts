import fc from "fast-check";
import { localToSerial, SERIAL_MAX, serialToLocal } from "../../../../src/core/schema/normalize/serial";

describe("Excel serial dates", () => {
  test("known serials", () => {
    expect(serialToLocal(45000)).toEqual({ date: "2023-03-15" });
    expect(serialToLocal(46096)).toEqual({ date: "2026-03-15" });
    expect(serialToLocal(1)).toEqual({ date: "1900-01-01" });
    expect(serialToLocal(59)).toEqual({ date: "1900-02-28" });
    expect(serialToLocal(61)).toEqual({ date: "1900-03-01" });
    expect(serialToLocal(SERIAL_MAX)).toEqual({ date: "9999-12-31" });
    expect(serialToLocal(0)).toEqual({ date: "1899-12-31" });
  });

  test("serial 60 is Excel's 1900-02-29, which never existed", () => {
    expect(serialToLocal(60)).toEqual({ date: "1900-02-28", leapBug: true });
    expect(serialToLocal(60.5)).toEqual({ date: "1900-02-28", time: "12:00", leapBug: true });
  });

  test("the fraction is the time of day, rounded to the minute", () => {
    expect(serialToLocal(45000.5)).toEqual({ date: "2023-03-15", time: "12:00" });
    expect(serialToLocal(45000 + (14 * 60 + 30) / 1440)).toEqual({ date: "2023-03-15", time: "14:30" });
    expect(serialToLocal(45000 + (14 * 60 + 29.6) / 1440)).toEqual({ date: "2023-03-15", time: "14:30" });
    expect(serialToLocal(45000 + (14 * 60 + 29.4) / 1440)).toEqual({ date: "2023-03-15", time: "14:29" });
  });

  test("a fraction rounding to 24:00 is midnight of the next day", () => {
    expect(serialToLocal(45000.99999)).toEqual({ date: "2023-03-16", time: "00:00" });
    expect(serialToLocal(59.9999)).toEqual({ date: "1900-02-28", time: "00:00", leapBug: true });
    expect(serialToLocal(SERIAL_MAX + 0.99999)).toEqual({ date: "", outOfRange: true });
  });

  test("serials Excel cannot show as dates", () => {
    for (const n of [-1, -0.5, SERIAL_MAX + 1, NaN, Infinity, -Infinity]) {
      expect(serialToLocal(n)).toEqual({ date: "", outOfRange: true });
    }
  });

  test("localToSerial is the inverse, around the leap bug too", () => {
    expect(localToSerial("2023-03-15")).toBe(45000);
    expect(localToSerial("1900-01-01")).toBe(1);
    expect(localToSerial("1900-02-28")).toBe(59);
    expect(localToSerial("1900-03-01")).toBe(61);
    expect(localToSerial("2023-03-15", "12:00")).toBe(45000.5);
    expect(localToSerial("2023-03-15", "18:00")).toBe(45000.75);
  });

  test("localToSerial of malformed input is NaN", () => {
    expect(localToSerial("1900-02-29")).toBeNaN();
    expect(localToSerial("2026-02-30")).toBeNaN();
    expect(localToSerial("15/3/2026")).toBeNaN();
    expect(localToSerial("2026-03-15", "25:00")).toBeNaN();
    expect(localToSerial("2026-03-15", "9:00")).toBeNaN();
  });

  test("property: integer serials round-trip", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SERIAL_MAX }).filter((n) => n !== 60),
        (n) => {
          expect(localToSerial(serialToLocal(n).date)).toBe(n);
        },
      ),
    );
  });

  test("property: serials with a whole-minute time round-trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: SERIAL_MAX }), fc.integer({ min: 1, max: 1439 }), (day, minute) => {
        const s = serialToLocal(day + minute / 1440);
        expect(localToSerial(s.date, s.time)).toBeCloseTo(day + minute / 1440, 9);
      }),
    );
  });

  test("property: never throws", () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        const r = serialToLocal(n);
        expect(typeof r.date).toBe("string");
      }),
    );
  });
});
