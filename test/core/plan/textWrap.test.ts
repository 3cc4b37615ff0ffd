import { fitsWidth, textChars, wrapParagraph, wrapText } from "../../../src/core/plan/textWrap";

describe("wrapText: the lines a wrapped cell prints", () => {
  it("breaks English at spaces and keeps whole words together", () => {
    expect(wrapText("Fill in the hotel and room type", 12)).toEqual(["Fill in the", "hotel and", "room type"]);
  });

  it("breaks Chinese between any two characters, counting each as two", () => {
    // 10 characters wide less 1 of padding: four CJK characters (4 × 2.095) fit, five do not.
    expect(wrapText("请补填酒店和房型", 10)).toEqual(["请补填酒", "店和房型"]);
  });

  it("breaks a word longer than the line between its letters", () => {
    expect(wrapText("Supercalifragilistic", 7)).toEqual(["Superc", "alifragil", "istic"]);
  });

  it("keeps the cell's own line breaks and gives a blank cell one line", () => {
    expect(wrapText("a\nb", 20)).toEqual(["a", "b"]);
    expect(wrapText("", 20)).toEqual([""]);
  });

  it("takes a bigger or bold font as wider", () => {
    // Calibri's a, b, c, d: 0.95 + 1.04 + 0.83 + 1.04 digits.
    expect(textChars("abcd")).toBeCloseTo(3.86);
    expect(textChars("abcd", { fontSize: 22 })).toBeCloseTo(7.72);
    expect(textChars("abcd", { bold: true })).toBeGreaterThan(4);
    expect(fitsWidth("abcd", 5)).toBe(true);
    expect(fitsWidth("abcd", 5, { fontSize: 22 })).toBe(false);
  });

  it("lets the caller decide what fits", () => {
    expect(wrapParagraph("a b c d", (line) => line.length <= 3)).toEqual(["a b", "c d"]);
  });
});
