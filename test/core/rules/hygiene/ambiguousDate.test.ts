import { ambiguousDate } from "../../../../src/core/rules/hygiene/ambiguousDate";
import { brief, check } from "../ruleHarness";

describe("hygiene.ambiguous-date", () => {
  it("warns about each date whose day and month could be swapped, with both readings", () => {
    const roster = [
      ["姓名", "抵达时间", "返程时间"],
      ["张伟", "3/4/2026", "3/5/2026 17:00"],
      ["李娜", "15/3/2026", "2026-03-04"],
      ["王芳", "4/4/2026", ""],
    ];
    const f = check(ambiguousDate, { 参会人员: roster });
    expect(brief(f)).toEqual(["warning 参会人员!B2 hygiene.ambiguous-date", "warning 参会人员!C2 hygiene.ambiguous-date"]);
    expect(f[0].message.zh).toBe("“抵达时间”中的“3/4/2026”既可理解为2026年3月4日，也可理解为2026年4月3日；目前按2026年3月4日处理。");
    expect(f[0].message.en).toBe(
      '"3/4/2026" in the Arrival column could be 4 March 2026 or 3 April 2026; it is read as 4 March 2026 (month first).',
    );
    expect(f[0].fix?.en).toBe("Write it unambiguously: 2026-03-04 (or 2026-04-03 if 3 April 2026 was meant).");
  });

  it("lists every ambiguous cell, however many", () => {
    const rows = [["Task", "Due"], ...Array.from({ length: 30 }, (_, i) => [`Task ${i}`, "12/11/2026"])];
    expect(check(ambiguousDate, { Tasks: rows })).toHaveLength(30);
  });

  it("says nothing about clear dates, and can be switched off", () => {
    expect(
      check(ambiguousDate, {
        Event: [
          ["Start", "2026-12-10"],
          ["Check-in time", "9 December 2026"],
        ],
      }),
    ).toEqual([]);
    expect(
      check(ambiguousDate, {
        Event: [
          ["Start", "3/4/2026"],
          ["Rules switched off", "hygiene.ambiguous-date"],
        ],
      }),
    ).toEqual([]);
    expect(brief(check(ambiguousDate, { Event: [["Start", "3/4/2026"]] }))).toEqual(["warning Event!B1 hygiene.ambiguous-date"]);
  });
});
