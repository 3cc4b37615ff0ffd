import { isValidRowHeight, rowHeightRuns } from "../../src/workbook/rowHeightRuns";

describe("rowHeightRuns", () => {
  it("joins consecutive rows of the same height, top to bottom, whatever the plan's order", () => {
    expect(
      rowHeightRuns([
        { row: 7, height: 20 },
        { row: 2, height: 78 },
        { row: 5, height: 20 },
        { row: 6, height: 20 },
        { row: 3, height: 23.4 },
        { row: 8, height: 30 },
      ]),
    ).toEqual([
      { row: 2, rows: 1, height: 78 },
      { row: 3, rows: 1, height: 23.4 },
      { row: 5, rows: 3, height: 20 },
      { row: 8, rows: 1, height: 30 },
    ]);
  });

  it("does not join equal heights across a row left alone", () => {
    expect(
      rowHeightRuns([
        { row: 0, height: 20 },
        { row: 2, height: 20 },
      ]),
    ).toEqual([
      { row: 0, rows: 1, height: 20 },
      { row: 2, rows: 1, height: 20 },
    ]);
  });

  it("gives a row listed twice its last height", () => {
    expect(
      rowHeightRuns([
        { row: 1, height: 20 },
        { row: 1, height: 40 },
      ]),
    ).toEqual([{ row: 1, rows: 1, height: 40 }]);
  });

  it("accepts heights above 0 up to Excel's 409 pt on rows of the sheet", () => {
    expect(isValidRowHeight({ row: 0, height: 0.75 })).toBe(true);
    expect(isValidRowHeight({ row: 1_048_575, height: 409 })).toBe(true);
    for (const bad of [
      { row: 0, height: 0 },
      { row: 0, height: 409.5 },
      { row: 0, height: Number.POSITIVE_INFINITY },
      { row: -1, height: 20 },
      { row: 1.5, height: 20 },
      { row: 1_048_576, height: 20 },
    ]) {
      expect(isValidRowHeight(bad)).toBe(false);
    }
  });
});
