import { charsToPoints, pointsToChars } from "../../src/office/columnWidth";

describe("column width", () => {
  it("matches Excel's default: 8.43 characters are 64 px, 48 pt", () => {
    expect(charsToPoints(8.43)).toBe(48);
  });

  it("round-trips within a tenth of a character", () => {
    for (const w of [1, 5, 8.43, 10, 12.5, 20, 40, 100]) expect(Math.abs(pointsToChars(charsToPoints(w)) - w)).toBeLessThan(0.1);
  });

  it("treats zero and negatives as a hidden (zero-width) column", () => {
    expect(charsToPoints(0)).toBe(0);
    expect(charsToPoints(-3)).toBe(0);
    expect(pointsToChars(0)).toBe(0);
  });
});
