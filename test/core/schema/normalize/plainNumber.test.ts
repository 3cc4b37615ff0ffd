import fc from "fast-check";
import { plainNumberText } from "../../../../src/core/schema/normalize/plainNumber";

describe("plainNumberText", () => {
  test.each([
    [0, "0"],
    [-0, "0"],
    [12345, "12345"],
    [-42, "-42"],
    [3.5, "3.5"],
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.333333333333333"],
    [1.5e-7, "0.00000015"],
    [-2.5e-10, "-0.00000000025"],
    [1e21, "1000000000000000000000"],
    [110101199003077000, "110101199003077000"],
    [9007199254740991, "9007199254740991"],
    [9007199254740993, "9007199254740990"],
    [13800138000, "13800138000"],
    [-Number.MAX_VALUE, "-" + "17976931348623157" + "0".repeat(292)],
    [Infinity, "Infinity"],
  ])("%p → %s", (n, text) => {
    expect(plainNumberText(n)).toBe(text);
  });

  test("property: never in exponent form; exact for safe integers, else 15 significant digits", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = plainNumberText(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        const rounded = Number(n.toPrecision(15));
        const expected = Number.isSafeInteger(n) ? n : Number.isFinite(rounded) ? rounded : n;
        expect(Number(text)).toBe(expected || 0);
      }),
      { numRuns: 2000 },
    );
  });
});
