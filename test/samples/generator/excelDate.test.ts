import { compareMoments, dateSerial, hhmm, momentSerial, parseIsoDate, serialToDate } from "../../../samples/generator/excelDate";

describe("Excel serial dates", () => {
  it("matches the serials Excel shows for known dates (1900 system)", () => {
    expect(dateSerial(parseIsoDate("1900-03-01"))).toBe(61);
    expect(dateSerial(parseIsoDate("2026-12-10"))).toBe(46366);
    expect(dateSerial(parseIsoDate("2024-02-29"))).toBe(45351);
  });

  it("turns a serial back into the calendar date", () => {
    expect(serialToDate(46365)).toEqual({ year: 2026, month: 12, day: 9 });
    expect(serialToDate(46366.75)).toEqual({ year: 2026, month: 12, day: 10 });
  });

  it("adds the time of day as a fraction of a day", () => {
    expect(momentSerial(46366, { day: -1, minutes: 14 * 60 })).toBeCloseTo(46365 + 14 / 24, 10);
    expect(hhmm(15 * 60 + 5)).toBe("15:05");
    expect(compareMoments({ day: -1, minutes: 900 }, { day: 0, minutes: 10 })).toBeLessThan(0);
  });

  it("rejects dates that do not exist or are not ISO", () => {
    expect(() => parseIsoDate("2026-02-30")).toThrow(RangeError);
    expect(() => parseIsoDate("10/12/2026")).toThrow(RangeError);
  });
});
