import { formatDate } from "../../../../src/core/schema/normalize/dateFormat";

describe("formatDate", () => {
  test("Chinese", () => {
    expect(formatDate("2026-03-15", "zh")).toBe("2026年3月15日");
    expect(formatDate("2026-03-15", "zh", { weekday: true })).toBe("2026年3月15日（星期日）");
    expect(formatDate("2026-03-15", "zh", { weekday: true, time: "14:30" })).toBe("2026年3月15日（星期日）14:30");
    expect(formatDate("2026-03-15", "zh", { time: "14:30" })).toBe("2026年3月15日 14:30");
    expect(formatDate("2026-10-01", "zh", { weekday: true })).toBe("2026年10月1日（星期四）");
  });

  test("English", () => {
    expect(formatDate("2026-03-15", "en")).toBe("15 March 2026");
    expect(formatDate("2026-03-15", "en", { weekday: true })).toBe("Sunday, 15 March 2026");
    expect(formatDate("2026-03-15", "en", { weekday: true, time: "14:30" })).toBe("Sunday, 15 March 2026, 14:30");
    expect(formatDate("2026-03-15", "en", { time: "09:05" })).toBe("15 March 2026, 09:05");
    expect(formatDate("2026-12-05", "en", { weekday: true })).toBe("Saturday, 5 December 2026");
  });

  test("a malformed date is shown as it is", () => {
    expect(formatDate("2026-02-30", "zh")).toBe("2026-02-30");
    expect(formatDate("", "en", { weekday: true })).toBe("");
  });
});
