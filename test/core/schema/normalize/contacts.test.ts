import fc from "fast-check";
import { textOfIdCell } from "../../../../src/core/schema/normalize/contacts";

const text = (value: string, precisionLost = false) => ({ ok: true, value, precisionLost });

describe("textOfIdCell", () => {
  test("numbers become the digits the planner sees", () => {
    expect(textOfIdCell(13800138000)).toEqual(text("13800138000"));
    expect(textOfIdCell(1001)).toEqual(text("1001"));
    expect(textOfIdCell(1001.0)).toEqual(text("1001"));
    expect(textOfIdCell(0)).toEqual(text("0"));
    expect(textOfIdCell(12.5)).toEqual(text("12.5"));
  });

  test("16 digits or more have been cut by Excel: flagged", () => {
    // An 18-digit 身份证号 typed into a number cell: Excel kept 15 digits.
    expect(textOfIdCell(110101199003077000)).toEqual(text("110101199003077000", true));
    expect(textOfIdCell(6222021234567890)).toEqual(text("6222021234567890", true));
    expect(textOfIdCell(999999999999999)).toEqual(text("999999999999999"));
    expect(textOfIdCell(2 ** 53 + 2)).toMatchObject({ ok: true, precisionLost: true });
  });

  test("text stays text, folded", () => {
    expect(textOfIdCell("0101")).toEqual(text("0101"));
    expect(textOfIdCell(" 11010119900307777X ")).toEqual(text("11010119900307777X"));
    expect(textOfIdCell("１３８００１３８０００")).toEqual(text("13800138000"));
    expect(textOfIdCell("A\u3000101")).toEqual(text("A 101"));
    expect(textOfIdCell("=1+1")).toEqual(text("=1+1"));
  });

  test("text in exponent form is a number that lost its digits on the way", () => {
    expect(textOfIdCell("1.10101E+17")).toEqual(text("1.10101E+17", true));
    expect(textOfIdCell("1.10101e17")).toEqual(text("1.10101e17", true));
    expect(textOfIdCell("E101")).toEqual(text("E101"));
  });

  test("rejections", () => {
    expect(textOfIdCell("")).toEqual({ ok: false, reason: "empty" });
    expect(textOfIdCell("#N/A")).toEqual({ ok: false, reason: "error" });
    expect(textOfIdCell(true)).toEqual({ ok: false, reason: "invalid" });
    expect(textOfIdCell(NaN)).toEqual({ ok: false, reason: "invalid" });
  });

  test("property: integers below 10^15 keep every digit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999999999999999 }), (n) => {
        expect(textOfIdCell(n)).toEqual(text(String(n)));
      }),
    );
  });
});
