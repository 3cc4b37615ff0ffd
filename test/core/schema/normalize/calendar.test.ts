import {
  addDays,
  compareLocal,
  daysBetween,
  daysInMonth,
  formatMinutes,
  isLocalDate,
  localDateTime,
  minutesOf,
  weekdayOf,
} from "../../../../src/core/schema/normalize/calendar";

describe("calendar", () => {
  test("leap years follow the Gregorian rules", () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  test("isLocalDate accepts only existing days in YYYY-MM-DD form", () => {
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2026-3-15")).toBe(false);
    expect(isLocalDate("2026-13-01")).toBe(false);
    expect(isLocalDate("2026-03-15T10:00")).toBe(false);
  });

  test("weekdayOf counts 0 as Sunday", () => {
    expect(weekdayOf("2026-03-15")).toBe(0);
    expect(weekdayOf("2026-03-16")).toBe(1);
    expect(weekdayOf("1970-01-01")).toBe(4);
    expect(weekdayOf("1900-01-01")).toBe(1);
    expect(weekdayOf("2000-02-29")).toBe(2);
    expect(weekdayOf("bad")).toBeNaN();
  });

  test("addDays crosses months, leap days and years", () => {
    expect(addDays("2026-03-15", 1)).toBe("2026-03-16");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-15", 0)).toBe("2026-03-15");
    expect(addDays("2026-02-30", 1)).toBe("");
    expect(addDays("2026-03-15", 0.5)).toBe("");
  });

  test("daysBetween is signed", () => {
    expect(daysBetween("2026-03-15", "2026-03-18")).toBe(3);
    expect(daysBetween("2026-03-18", "2026-03-15")).toBe(-3);
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
    expect(daysBetween("x", "2026-01-01")).toBeNaN();
  });

  test("compareLocal orders dates and date-times", () => {
    expect(compareLocal("2026-03-15", "2026-03-16")).toBe(-1);
    expect(compareLocal("2026-03-16", "2026-03-15")).toBe(1);
    expect(compareLocal("2026-03-15", "2026-03-15")).toBe(0);
    expect(compareLocal("2026-03-15T09:00", "2026-03-15T14:30")).toBe(-1);
    expect(compareLocal("2026-03-15", "2026-03-15T00:00")).toBe(-1);
    expect(compareLocal("2026-03-15T23:59", "2026-03-16")).toBe(-1);
  });

  test("times of day", () => {
    expect(formatMinutes(0)).toBe("00:00");
    expect(formatMinutes(14 * 60 + 5)).toBe("14:05");
    expect(minutesOf("23:59")).toBe(1439);
    expect(minutesOf("24:00")).toBeUndefined();
    expect(minutesOf("9:00")).toBeUndefined();
    expect(localDateTime("2026-03-15", "14:30")).toBe("2026-03-15T14:30");
    expect(localDateTime("2026-03-15")).toBe("2026-03-15");
  });

  test("addDays and daysBetween agree over centuries", () => {
    let d = "1999-12-25";
    for (let i = 1; i <= 4000; i += 37) {
      const next = addDays("1999-12-25", i);
      expect(daysBetween("1999-12-25", next)).toBe(i);
      expect(weekdayOf(next)).toBe((weekdayOf("1999-12-25") + i) % 7);
      expect(compareLocal(d, next)).toBe(-1);
      d = next;
    }
  });
});
