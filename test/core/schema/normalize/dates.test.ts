import fc from "fast-check";
import { formatDate, localToSerial, parseDateCell, parseTimeCell, serialToLocal } from "../../../../src/core/schema/normalize/dates";

const on = (date: string, time?: string) => ({
  ok: true,
  date,
  ...(time ? { time } : {}),
  fromText: true,
  ambiguous: false,
});

describe("parseDateCell: Excel serials", () => {
  test("a serial is a date that did not come from text", () => {
    expect(parseDateCell(45000)).toEqual({ ok: true, date: "2023-03-15", fromText: false, ambiguous: false });
    expect(parseDateCell(46096.5)).toEqual({
      ok: true,
      date: "2026-03-15",
      time: "12:00",
      fromText: false,
      ambiguous: false,
    });
  });

  test("only serials of plausible years are dates", () => {
    expect(parseDateCell(localToSerial("1950-01-01")).ok).toBe(true);
    expect(parseDateCell(localToSerial("2100-12-31")).ok).toBe(true);
    expect(parseDateCell(localToSerial("1949-12-31"))).toEqual({ ok: false, reason: "invalid" });
    expect(parseDateCell(localToSerial("2101-01-01"))).toEqual({ ok: false, reason: "invalid" });
    for (const n of [12, 0, 1, 60, 2026, -5, 0.5, NaN, Infinity]) {
      expect(parseDateCell(n)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  test("a yyyymmdd number is a date typed by hand", () => {
    expect(parseDateCell(20260315)).toEqual(on("2026-03-15"));
    expect(parseDateCell(20260230)).toEqual({ ok: false, reason: "invalid" });
    expect(parseDateCell(18000101)).toEqual({ ok: false, reason: "invalid" });
  });

  test("booleans, blanks and error values", () => {
    expect(parseDateCell(true)).toEqual({ ok: false, reason: "invalid" });
    expect(parseDateCell("")).toEqual({ ok: false, reason: "empty" });
    expect(parseDateCell("  \u3000")).toEqual({ ok: false, reason: "empty" });
    expect(parseDateCell("#N/A")).toEqual({ ok: false, reason: "error" });
    expect(parseDateCell("#VALUE!")).toEqual({ ok: false, reason: "error" });
  });
});

describe("parseDateCell: typed dates", () => {
  test.each([
    "2026-03-15",
    "2026/3/15",
    "2026.3.15",
    "2026 - 03 - 15",
    "2026年3月15日",
    "2026年3月15号",
    "2026年03月15日",
    "2026 年 3 月 15 日",
    "26年3月15日",
    "20260315",
    "15 March 2026",
    "15 Mar 2026",
    "15th March 2026",
    "March 15, 2026",
    "Mar. 15 2026",
    "march 15th, 2026",
    "15-Mar-2026",
    "15/3/2026",
    "15.03.2026",
    "二〇二六年三月十五日",
    "二零二六年三月十五日",
  ])("%s", (text) => {
    expect(parseDateCell(text)).toEqual(on("2026-03-15"));
  });

  test.each([
    ["２０２６－０３－１５", "full-width digits and dash"],
    ["２０２６／３／１５", "full-width slash"],
    ["２０２６年３月１５日", "full-width digits with 年月日"],
    ["2026\u201303\u201315", "en dash"],
    ["\u200B 2026-03-15\u00A0", "zero-width and non-breaking spaces"],
  ])("%s (%s)", (text) => {
    expect(parseDateCell(text)).toEqual(on("2026-03-15"));
  });

  test.each([
    ["2026-03-15T14:30", "14:30"],
    ["2026-03-15T14:30:00", "14:30"],
    ["2026-03-15 14:30", "14:30"],
    ["2026/3/15 14:30:59", "14:30"],
    ["2026/3/15 2:30 PM", "14:30"],
    ["2026/3/15 2:30pm", "14:30"],
    ["2026年3月15日 下午2:30", "14:30"],
    ["2026年3月15日下午2点半", "14:30"],
    ["2026年3月15日14时30分", "14:30"],
    ["2026年3月15日 14点30分", "14:30"],
    ["2026年3月15日 14点", "14:00"],
    ["2026年3月15日 上午9点", "09:00"],
    ["2026年3月15日 晚上七点", "19:00"],
    ["二〇二六年三月十五日下午两点半", "14:30"],
    ["15 March 2026, 14:30", "14:30"],
    ["March 15, 2026 9:05 am", "09:05"],
    ["２０２６－０３－１５　１４：３０", "14:30"],
  ])("%s has time %s", (text, time) => {
    expect(parseDateCell(text)).toEqual(on("2026-03-15", time));
  });

  test.each([
    "2026年3月15日（星期日）",
    "2026年3月15日(星期日)",
    "2026-03-15（周日）",
    "2026-03-15 周日",
    "2026-03-15 星期天",
    "2026-03-15 礼拜天",
    "Sun 2026-03-15",
    "Sunday, 15 March 2026",
    "Sun, 15 Mar 2026",
    "2026-03-15 (Sun.)",
  ])("weekday decoration: %s", (text) => {
    expect(parseDateCell(text)).toEqual(on("2026-03-15"));
  });

  test("weekday decoration between date and time", () => {
    expect(parseDateCell("2026年3月15日（星期日）14:30")).toEqual(on("2026-03-15", "14:30"));
    expect(parseDateCell("2026年3月15日 周日 下午2点")).toEqual(on("2026-03-15", "14:00"));
    expect(parseDateCell("Sunday, 15 March 2026, 14:30")).toEqual(on("2026-03-15", "14:30"));
  });

  test("a weekday that is not the date's is flagged, the date is still read", () => {
    expect(parseDateCell("2026-03-15（周一）")).toEqual({ ...on("2026-03-15"), weekdayMismatch: true });
    expect(parseDateCell("Monday, 15 March 2026")).toEqual({ ...on("2026-03-15"), weekdayMismatch: true });
  });

  test("year-last slash dates are month first unless dayFirst", () => {
    expect(parseDateCell("3/4/2026")).toEqual({ ...on("2026-03-04"), ambiguous: true });
    expect(parseDateCell("3/4/2026", { dayFirst: true })).toEqual({ ...on("2026-04-03"), ambiguous: true });
    expect(parseDateCell("12/11/2026")).toEqual({ ...on("2026-12-11"), ambiguous: true });
  });

  test("year-last dates are not ambiguous when only one order is a date, or both read the same", () => {
    expect(parseDateCell("3/15/2026")).toEqual(on("2026-03-15"));
    expect(parseDateCell("15/3/2026")).toEqual(on("2026-03-15"));
    expect(parseDateCell("3/15/2026", { dayFirst: true })).toEqual(on("2026-03-15"));
    expect(parseDateCell("4/4/2026")).toEqual(on("2026-04-04"));
    expect(parseDateCell("13/14/2026")).toEqual({ ok: false, reason: "invalid" });
  });

  test("dates without a year need defaultYear", () => {
    expect(parseDateCell("3月15日")).toEqual({ ok: false, reason: "invalid" });
    expect(parseDateCell("15 March")).toEqual({ ok: false, reason: "invalid" });
    const opts = { defaultYear: 2026 };
    expect(parseDateCell("3月15日", opts)).toEqual({ ...on("2026-03-15"), yearAssumed: true });
    expect(parseDateCell("3月15日 下午2点", opts)).toEqual({ ...on("2026-03-15", "14:00"), yearAssumed: true });
    expect(parseDateCell("15 March", opts)).toEqual({ ...on("2026-03-15"), yearAssumed: true });
    expect(parseDateCell("March 15, 14:30", opts)).toEqual({ ...on("2026-03-15", "14:30"), yearAssumed: true });
    expect(parseDateCell("3/15", opts)).toEqual({ ...on("2026-03-15"), yearAssumed: true });
    expect(parseDateCell("2/29", { defaultYear: 2026 })).toEqual({ ok: false, reason: "invalid" });
  });

  test("leap days", () => {
    expect(parseDateCell("2028-02-29")).toEqual(on("2028-02-29"));
    expect(parseDateCell("2026-02-29")).toEqual({ ok: false, reason: "invalid" });
    expect(parseDateCell("2100-02-29")).toEqual({ ok: false, reason: "invalid" });
    expect(parseDateCell("2000年2月29日")).toEqual(on("2000-02-29"));
  });

  test.each([
    "2026-02-30",
    "2026-13-01",
    "2026-00-10",
    "2026/3-15",
    "2026-03-15 25:00",
    "2026-03-15 14:60",
    "2026-03-15 下午",
    "2026-03-15T14:30Z",
    "20260315 0830",
    "3/4/26",
    "2026年3月",
    "3月15日-16日",
    "2026-03-15 至 2026-03-16",
    "1900-03-01",
    "2206-03-15",
    "next Tuesday",
    "TBD",
    "待定",
    "2026",
    "45000",
    "32 March 2026",
  ])("not a date: %s", (text) => {
    expect(parseDateCell(text)).toEqual({ ok: false, reason: "invalid" });
  });

  test("formatDate output reads back", () => {
    for (const lang of ["zh", "en"] as const) {
      for (const weekday of [false, true]) {
        const text = formatDate("2026-03-15", lang, { weekday, time: "09:05" });
        expect(parseDateCell(text)).toEqual(on("2026-03-15", "09:05"));
      }
    }
  });
});

describe("parseTimeCell", () => {
  test("serial fractions", () => {
    expect(parseTimeCell(0.5)).toEqual({ ok: true, time: "12:00", fromText: false });
    expect(parseTimeCell(0)).toEqual({ ok: true, time: "00:00", fromText: false });
    expect(parseTimeCell((14 * 60 + 30) / 1440)).toEqual({ ok: true, time: "14:30", fromText: false });
    expect(parseTimeCell(0.99999)).toEqual({ ok: true, time: "00:00", fromText: false });
  });

  test("typed times", () => {
    for (const t of ["14:30", "下午2:30", "下午2点半", "2:30 PM", "14时30分", "１４：３０"]) {
      expect(parseTimeCell(t)).toEqual({ ok: true, time: "14:30", fromText: true });
    }
  });

  test("what is not a time of day", () => {
    for (const v of [1, 45000.5, -0.1, 14, true, "14", "2026-03-15 14:30", "noon-ish"]) {
      expect(parseTimeCell(v)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(parseTimeCell("")).toEqual({ ok: false, reason: "empty" });
    expect(parseTimeCell("#N/A")).toEqual({ ok: false, reason: "error" });
  });
});

describe("properties", () => {
  const cell = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: fc.constantFrom(..."0123456789-/.年月日号点时分半:：T 上午下午星期周日一二三十〇ampPM，,"), maxLength: 30 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
  );

  test("never throws, and a success is a well-formed date", () => {
    fc.assert(
      fc.property(cell, fc.boolean(), (v, dayFirst) => {
        const r = parseDateCell(v, { dayFirst });
        if (r.ok) {
          expect(r.date).toMatch(/^(19[5-9]\d|20\d\d|2100)-\d\d-\d\d$/);
          if (r.time !== undefined) expect(r.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        }
        const t = parseTimeCell(v);
        if (t.ok) expect(t.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      }),
      { numRuns: 2000 },
    );
  });

  const plausibleSerial = fc.integer({ min: localToSerial("1950-01-01"), max: localToSerial("2100-12-31") });

  test("the ISO text of a serial parses to the same date", () => {
    fc.assert(
      fc.property(plausibleSerial, fc.option(fc.integer({ min: 0, max: 1439 }), { nil: undefined }), (day, minute) => {
        const serial = minute === undefined ? day : day + minute / 1440;
        const local = serialToLocal(serial);
        const iso = local.time === undefined ? local.date : `${local.date}T${local.time}`;
        const fromText = parseDateCell(iso);
        const fromSerial = parseDateCell(serial);
        expect(fromText).toEqual({ ...fromSerial, fromText: true });
        expect(fromSerial).toMatchObject({ ok: true, date: local.date });
      }),
    );
  });

  test("formatted dates in both languages parse back", () => {
    fc.assert(
      fc.property(plausibleSerial, fc.constantFrom("zh", "en") as fc.Arbitrary<"zh" | "en">, fc.boolean(), (day, lang, weekday) => {
        const { date } = serialToLocal(day);
        expect(parseDateCell(formatDate(date, lang, { weekday }))).toEqual(on(date));
      }),
    );
  });
});
