import fc from "fast-check";
import { parseIntegerCell, parseNumberCell, parsePercentCell } from "../../../../src/core/schema/normalize/numbers";

const typed = (value: number) => ({ ok: true, value, fromText: true });
const invalid = { ok: false, reason: "invalid" };

describe("parseNumberCell", () => {
  test("number cells", () => {
    expect(parseNumberCell(12000)).toEqual({ ok: true, value: 12000, fromText: false });
    expect(parseNumberCell(-0.5)).toEqual({ ok: true, value: -0.5, fromText: false });
    expect(parseNumberCell(NaN)).toEqual(invalid);
    expect(parseNumberCell(Infinity)).toEqual(invalid);
    expect(parseNumberCell(true)).toEqual(invalid);
  });

  test.each([
    ["12000", 12000],
    ["12,000", 12000],
    ["12，000", 12000],
    ["12 000", 12000],
    ["12\u3000000", 12000],
    ["1,234,567.89", 1234567.89],
    ["12000.50", 12000.5],
    [".5", 0.5],
    ["5.", 5],
    ["  12000  ", 12000],
    ["１２，０００", 12000],
    ["１２０００．５", 12000.5],
    ["¥12,000", 12000],
    ["￥12,000", 12000],
    ["¥ 12,000", 12000],
    ["$1,200.50", 1200.5],
    ["€80", 80],
    ["RMB 1200", 1200],
    ["rmb1200", 1200],
    ["CNY 1,200", 1200],
    ["1200元", 1200],
    ["1200 元", 1200],
    ["人民币1200元", 1200],
    ["1200人民币", 1200],
    ["1.2万", 12000],
    ["1.2万元", 12000],
    ["¥1.2万", 12000],
    ["1.1万", 11000],
    ["3千", 3000],
    ["3千元", 3000],
    ["2亿", 200000000],
    ["1.5k", 1500],
    ["3w", 30000],
    ["5百万", 5000000],
    ["(1,200)", -1200],
    ["（1,200）", -1200],
    ["(¥1,200)", -1200],
    ["-1200", -1200],
    ["－1200", -1200],
    ["\u22121200", -1200],
    ["-¥1,200", -1200],
    ["¥-1,200", -1200],
    ["+1200", 1200],
    ["15%", 0.15],
    ["14.3%", 0.143],
    ["-0", 0],
    ["1e5", 100000],
    ["1.5e-7", 1.5e-7],
  ])("%s", (text, value) => {
    expect(parseNumberCell(text)).toEqual(typed(value));
  });

  test.each([
    "12,00,0",
    "1,2",
    "12,0000",
    ",000",
    "12,000,00",
    "12, 000",
    "1.234.567",
    "100/200",
    "100-200",
    "100、200",
    "100 元 200 元",
    "1200元/人",
    "约1200",
    "(-1200)",
    "--1200",
    "-¥-1200",
    "1e5万",
    "12万5千",
    "abc",
    ".",
    "-",
    "¥",
    "Infinity",
    "NaN",
    "0x10",
    "1e999",
    "TRUE",
  ])("not a number: %s", (text) => {
    expect(parseNumberCell(text)).toEqual(invalid);
  });

  test("blank and error cells", () => {
    expect(parseNumberCell("")).toEqual({ ok: false, reason: "empty" });
    expect(parseNumberCell("#DIV/0!")).toEqual({ ok: false, reason: "error" });
  });

  test("property: String(n) reads back as n", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const r = parseNumberCell(String(n));
        expect(r.ok && r.value === n).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("property: grouped integers read back", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(",", "，", " "), (n, sep) => {
        const grouped = Math.abs(n).toLocaleString("en-US").replace(/,/g, sep);
        const r = parseNumberCell(n < 0 ? `(${grouped})` : `¥${grouped}`);
        expect(r).toEqual(typed(n === 0 ? 0 : n));
      }),
    );
  });

  test("property: never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.string({ unit: fc.constantFrom(..."0123456789,.， ()-+¥$%万千元e"), maxLength: 20 }),
          fc.double(),
          fc.boolean(),
        ),
        (v) => {
          for (const parse of [parseNumberCell, parsePercentCell, parseIntegerCell]) {
            const r = parse(v);
            if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("parsePercentCell", () => {
  const pct = (value: number, fromText: boolean, assumedPercent = false) => ({
    ok: true,
    value,
    fromText,
    assumedPercent,
  });

  test("with a percent sign", () => {
    expect(parsePercentCell("15%")).toEqual(pct(0.15, true));
    expect(parsePercentCell("１５％")).toEqual(pct(0.15, true));
    expect(parsePercentCell("15 %")).toEqual(pct(0.15, true));
    expect(parsePercentCell("150%")).toEqual(pct(1.5, true));
    expect(parsePercentCell("-5%")).toEqual(pct(-0.05, true));
    expect(parsePercentCell("0.5%")).toEqual(pct(0.005, true));
  });

  test("percent-formatted cells hold fractions", () => {
    expect(parsePercentCell(0.15)).toEqual(pct(0.15, false));
    expect(parsePercentCell(1)).toEqual(pct(1, false));
    expect(parsePercentCell(0)).toEqual(pct(0, false));
    expect(parsePercentCell("0.15")).toEqual(pct(0.15, true));
  });

  test("a bare number above 1 is percentage points, up to 100", () => {
    expect(parsePercentCell(15)).toEqual(pct(0.15, false, true));
    expect(parsePercentCell("15")).toEqual(pct(0.15, true, true));
    expect(parsePercentCell(100)).toEqual(pct(1, false, true));
    expect(parsePercentCell(14.3)).toEqual(pct(0.143, false, true));
    expect(parsePercentCell(150)).toEqual(invalid);
    expect(parsePercentCell("150")).toEqual(invalid);
  });

  test("rejections", () => {
    expect(parsePercentCell("")).toEqual({ ok: false, reason: "empty" });
    expect(parsePercentCell("#N/A")).toEqual({ ok: false, reason: "error" });
    expect(parsePercentCell("十五")).toEqual(invalid);
    expect(parsePercentCell("15%%")).toEqual(invalid);
    expect(parsePercentCell(true)).toEqual(invalid);
  });
});

describe("parseIntegerCell", () => {
  test("whole numbers in any form", () => {
    expect(parseIntegerCell(12)).toEqual({ ok: true, value: 12, fromText: false });
    expect(parseIntegerCell("12")).toEqual(typed(12));
    expect(parseIntegerCell("1.2万")).toEqual(typed(12000));
    expect(parseIntegerCell("-3")).toEqual(typed(-3));
    expect(parseIntegerCell("12.0")).toEqual(typed(12));
  });

  test("fractions and unsafe integers are rejected", () => {
    expect(parseIntegerCell(1.5)).toEqual(invalid);
    expect(parseIntegerCell("1.5")).toEqual(invalid);
    expect(parseIntegerCell("15%")).toEqual(invalid);
    expect(parseIntegerCell(2 ** 53)).toEqual(invalid);
    expect(parseIntegerCell("")).toEqual({ ok: false, reason: "empty" });
  });
});
