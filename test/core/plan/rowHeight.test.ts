import { DEFAULT_ROW_PT, heightCell, linesHeight, MAX_ROW_PT, rowHeightFor } from "../../../src/core/plan/rowHeight";

describe("rowHeightFor: a row tall enough for its wrapped cells", () => {
  it("leaves a one-line row at Excel's default height", () => {
    expect(rowHeightFor([{ value: "short", width: 20 }])).toBe(DEFAULT_ROW_PT);
  });

  it("grows with the tallest cell of the row", () => {
    const three = "word ".repeat(9).trim(); // 44 characters in a 16-wide column: 3 lines
    expect(
      rowHeightFor([
        { value: "x", width: 10 },
        { value: three, width: 16 },
      ]),
    ).toBe(linesHeight(3));
    expect(linesHeight(3)).toBeGreaterThanOrEqual(3 * 11 * 1.3 + 2);
  });

  it("sizes by the font: one 20 pt line needs more than a default row", () => {
    expect(rowHeightFor([{ value: "Title", width: 40, fontSize: 20 }])).toBe(linesHeight(1, 20));
    expect(linesHeight(1, 20)).toBeGreaterThan(DEFAULT_ROW_PT);
  });

  it("gives CJK lines more room than Latin ones, as CJK faces run taller", () => {
    expect(rowHeightFor([{ value: "大标题", width: 40, fontSize: 20 }])).toBeGreaterThan(
      rowHeightFor([{ value: "Title", width: 40, fontSize: 20 }]),
    );
    expect(rowHeightFor([{ value: "大标题", width: 40, fontSize: 20 }])).toBeGreaterThanOrEqual(20 * 1.45);
  });

  it("never asks Excel for more than its tallest row, and keeps a minimum", () => {
    expect(rowHeightFor([{ value: "字".repeat(5000), width: 10 }])).toBe(MAX_ROW_PT);
    expect(rowHeightFor([{ value: "x", width: 10 }], 30)).toBe(30);
  });
});

describe("heightCell", () => {
  it("counts a wrapped cell by its text across its width, an unwrapped one as one line of its type", () => {
    const long = "word ".repeat(20).trim();
    expect(rowHeightFor([heightCell(long, 10, { wrap: true })])).toBeGreaterThan(DEFAULT_ROW_PT);
    expect(rowHeightFor([heightCell(long, 10, {})])).toBe(DEFAULT_ROW_PT);
    expect(rowHeightFor([heightCell(long, 10, { fontSize: 20 })])).toBe(linesHeight(1, 20));
  });
});
