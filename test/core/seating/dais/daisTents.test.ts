import {
  columnPoints,
  MAX_NAME_FONT,
  TENT_COLUMNS,
  TENT_LENGTH,
  tentFontSize,
  textEms,
  titleFontSize,
} from "../../../../src/core/seating/dais/daisTents";

/** Portrait A4 between the tents' 12 mm side margins, in points. */
const A4_PORTRAIT_PRINT_WIDTH = 595.3 - (2 * 12 * 72) / 25.4;

describe("table tent sizes", () => {
  it("lays both faces and the fold across portrait A4 at 100 %", () => {
    const { title, name, fold } = TENT_COLUMNS;
    const points = columnPoints(title) * 2 + columnPoints(name) * 2 + columnPoints(fold);
    expect(points).toBeLessThanOrEqual(A4_PORTRAIT_PRINT_WIDTH);
    expect(points).toBeGreaterThan(A4_PORTRAIT_PRINT_WIDTH * 0.8);
  });

  it("prints a short Chinese name as large as its face is tall", () => {
    expect(tentFontSize("张伟")).toBe(tentFontSize("陈刚江"));
    expect(tentFontSize("张伟") * 1.3).toBeLessThanOrEqual(columnPoints(TENT_COLUMNS.name));
    expect(tentFontSize("张伟")).toBeGreaterThanOrEqual(100);
    expect(tentFontSize("张伟")).toBeLessThanOrEqual(MAX_NAME_FONT);
  });

  it("shrinks a longer name just enough to run the face's length", () => {
    for (const name of ["欧阳建国", "阿卜杜热合曼·买买提", "Alexandra Montgomery-Fitzwilliam", "Stephen Murray"]) {
      const size = tentFontSize(name);
      expect(size * textEms(name)).toBeLessThanOrEqual(TENT_LENGTH * 0.9);
    }
    expect(tentFontSize("Alexandra Montgomery-Fitzwilliam")).toBeLessThan(tentFontSize("Stephen Murray"));
    expect(tentFontSize("Alexandra Montgomery-Fitzwilliam")).toBeGreaterThanOrEqual(30);
  });

  it("counts a Chinese character as about twice a Latin letter", () => {
    expect(textEms("张伟")).toBe(2);
    expect(textEms("ab")).toBeCloseTo(1.1, 5);
    expect(textEms("A b")).toBeCloseTo(1.5, 5);
  });

  it("sets a title within its narrower column, smaller when it is long", () => {
    expect(titleFontSize("局长") * 1.3).toBeLessThanOrEqual(columnPoints(TENT_COLUMNS.title));
    const long = "市人民政府副秘书长、办公室党组书记、主任、市政府研究室主任";
    expect(titleFontSize(long)).toBeLessThan(titleFontSize("局长"));
    expect(titleFontSize(long) * textEms(long)).toBeLessThanOrEqual(TENT_LENGTH * 0.9);
  });
});
