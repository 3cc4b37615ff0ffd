import { extractWeekdays } from "../../../../src/core/schema/normalize/weekdays";

describe("extractWeekdays", () => {
  test.each([
    ["(星期日)", [0]],
    ["星期天", [0]],
    ["周日", [0]],
    ["周一", [1]],
    ["周6", [6]],
    ["礼拜三", [3]],
    ["(sun)", [0]],
    ["sunday,", [0]],
    ["tue.", [2]],
    ["thurs", [4]],
    ["saturday", [6]],
  ])("%s", (text, weekdays) => {
    const r = extractWeekdays(`2026-03-15 ${text}`);
    expect(r.weekdays).toEqual(weekdays);
    expect(r.text.replace(/[\s,]+/g, "")).toBe("2026-03-15");
  });

  test("month names and other words are left alone", () => {
    expect(extractWeekdays("15 march 2026 month mondays")).toEqual({
      text: "15 march 2026 month mondays",
      weekdays: [],
    });
  });
});
