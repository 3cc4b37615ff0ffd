import type { SheetSnapshot } from "../../src/workbook/gateway";
import { cellText, formulasOf, gridWindow, isCapped, MAX_COLS, MAX_ROWS, parseBlock, valueAt } from "../../src/playground/gridModel";

const sheet = (top: number, left: number, values: SheetSnapshot["values"]): SheetSnapshot => ({ name: "S", top, left, values });

describe("the grid's model", () => {
  test("goToCell's references: a cell, a range, a whole row or column, with or without $ and a sheet", () => {
    expect(parseBlock("B7")).toEqual({ row: 6, col: 1, rows: 1, cols: 1 });
    expect(parseBlock("$AD$41")).toEqual({ row: 40, col: 29, rows: 1, cols: 1 });
    expect(parseBlock("A50:AG50")).toEqual({ row: 49, col: 0, rows: 1, cols: 33 });
    expect(parseBlock("C9:B3")).toEqual({ row: 2, col: 1, rows: 7, cols: 2 });
    expect(parseBlock("'参会人员'!U20")).toEqual({ row: 19, col: 20, rows: 1, cols: 1 });
    expect(parseBlock("5:5")).toEqual({ row: 4, col: 0, rows: 1, cols: 1 });
    expect(parseBlock("C:C")).toEqual({ row: 0, col: 2, rows: 1, cols: 1 });
    for (const bad of ["", "A0", "名单", "A1:", "1A"]) expect(parseBlock(bad)).toBeUndefined();
  });

  test("the window runs from A1 to the used range's end, never smaller than a screenful", () => {
    expect(gridWindow(sheet(2, 1, [["a", "b", "c"]]))).toMatchObject({ firstRow: 0, rows: 30, firstCol: 0, cols: 12 });
    const wide = sheet(0, 0, [Array(40).fill("x"), ...Array(59).fill(["y"])]);
    expect(gridWindow(wide)).toMatchObject({ rows: 60, cols: 40, totalRows: 60, totalCols: 40 });
    expect(gridWindow(undefined, { row: 99, col: 3, rows: 1, cols: 1 })).toMatchObject({ rows: 100, cols: 12 });
  });

  test("a large sheet is cut at 500 rows × 50 columns, and a selection past that moves the window to it", () => {
    const big = sheet(
      0,
      0,
      Array.from({ length: 2000 }, () => Array(80).fill(1)),
    );
    const first = gridWindow(big);
    expect(first).toEqual({ firstRow: 0, rows: MAX_ROWS, firstCol: 0, cols: MAX_COLS, totalRows: 2000, totalCols: 80 });
    expect(isCapped(first)).toBe(true);
    const far = gridWindow(big, { row: 1500, col: 70, rows: 1, cols: 1 });
    expect(far.firstRow).toBeLessThanOrEqual(1500);
    expect(far.firstRow + far.rows).toBeGreaterThan(1500);
    expect(far.firstCol + far.cols).toBe(80);
    expect(gridWindow(big, { row: 1999, col: 0, rows: 1, cols: 1 })).toMatchObject({ firstRow: 1500, rows: 500 });
    expect(isCapped(gridWindow(sheet(0, 0, [["a"]])))).toBe(false);
  });

  test("cells as text: numbers without float noise, dates as their serials, booleans and errors as Excel shows them", () => {
    expect(cellText(185000)).toBe("185000");
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(46366.375)).toBe("46366.375");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText("#N/A")).toBe("#N/A");
    const s = sheet(3, 2, [["x", 5]]);
    expect([valueAt(s, 3, 2), valueAt(s, 3, 3), valueAt(s, 0, 0), valueAt(undefined, 3, 2)]).toEqual(["x", 5, "", ""]);
  });

  test("formulas are placed by the sheet's own rows and columns", () => {
    const s: SheetSnapshot = {
      ...sheet(4, 1, [["", ""]]),
      work: [
        { row: 0, col: 1, formula: "=SUM(C2:C9)" },
        { row: 0, col: 0, address: "https://x" },
      ],
    };
    expect([...formulasOf(s)]).toEqual([["4,2", "=SUM(C2:C9)"]]);
  });
});
