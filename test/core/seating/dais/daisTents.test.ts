import {
  fittingHeight,
  MAX_NAME_FONT,
  TENT_COLUMN_WIDTH,
  TENT_TEXT_WIDTH,
  tentFontSize,
  textEms,
  titleFontSize,
} from "../../../../src/core/seating/dais/daisTents";

/** Landscape A4 between Excel's default 0.7" side margins, in points. */
const A4_LANDSCAPE_PRINT_WIDTH = 841.9 - 2 * 0.7 * 72;

describe("table tent sizes", () => {
  it("makes the column as wide as landscape A4 holds at 100 %, with room for the text", () => {
    // Excel: a column of w characters is 7w + 5 px at 96 dpi (Calibri 11), 0.75 pt per px.
    const points = (TENT_COLUMN_WIDTH * 7 + 5) * 0.75;
    expect(points).toBeLessThanOrEqual(A4_LANDSCAPE_PRINT_WIDTH);
    expect(points).toBeGreaterThan(A4_LANDSCAPE_PRINT_WIDTH * 0.8);
    expect(TENT_TEXT_WIDTH).toBeLessThan(points);
  });

  it("prints a short Chinese name at the largest size", () => {
    expect(tentFontSize("张伟")).toBe(MAX_NAME_FONT);
    expect(tentFontSize("陈刚江")).toBe(MAX_NAME_FONT);
    expect(MAX_NAME_FONT).toBeGreaterThanOrEqual(96);
  });

  it("shrinks a longer name just enough to fit the width", () => {
    for (const name of ["欧阳建国", "阿卜杜热合曼·买买提", "Alexandra Montgomery", "Stephen Murray", "Jo Li"]) {
      const size = tentFontSize(name);
      expect(size * textEms(name)).toBeLessThanOrEqual(TENT_TEXT_WIDTH);
      if (size < MAX_NAME_FONT) expect((size + 1) * textEms(name)).toBeGreaterThan(TENT_TEXT_WIDTH);
    }
    expect(tentFontSize("Alexandra Montgomery")).toBeLessThan(tentFontSize("Stephen Murray"));
    expect(tentFontSize("Alexandra Montgomery")).toBeGreaterThanOrEqual(48);
  });

  it("counts a Chinese character as about twice a Latin letter", () => {
    expect(textEms("张伟")).toBe(2);
    expect(textEms("ab")).toBeCloseTo(1.1, 5);
    expect(textEms("A b")).toBeCloseTo(1.5, 5);
  });

  it("sets a title at most 28 pt, smaller when it is long", () => {
    expect(titleFontSize("局长")).toBe(28);
    const long = "市人民政府副秘书长、办公室党组书记、主任、市政府研究室主任";
    expect(titleFontSize(long)).toBeLessThan(28);
    expect(titleFontSize(long) * textEms(long)).toBeLessThanOrEqual(TENT_TEXT_WIDTH);
  });

  it("fits a row to a font at about 1.3 × its size, within Excel's 409 pt", () => {
    expect(fittingHeight(11)).toBeCloseTo(14.3, 5);
    expect(fittingHeight(60)).toBeCloseTo(78, 5);
    expect(fittingHeight(MAX_NAME_FONT)).toBeLessThanOrEqual(409);
  });
});
