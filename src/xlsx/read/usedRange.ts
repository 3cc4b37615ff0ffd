import ExcelJS from "exceljs";
import { a1 } from "../../core/cellAddress";
import type { CellValue } from "../../core/cellValue";
import type { SheetSnapshot } from "../../workbook/gateway";
import { toCellValue } from "./cellValue";

/**
 * The used range of a worksheet: from the first to the last row and column holding a value
 * or a formula (formats alone do not count), as a rectangle with "" for empty cells.
 */
export function sheetSnapshot(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const found: FoundCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = toCellValue(cell, date1904);
      if (value === "" && cell.type !== ExcelJS.ValueType.Formula) return;
      found.push({ row: rowNumber - 1, col: colNumber - 1, value });
    });
  });
  return snapshotOfCells(ws.name, found);
}

/** A cell holding a value or a formula: 0-based row and column, and its value. */
export interface FoundCell {
  row: number;
  col: number;
  value: CellValue;
}

/** The snapshot of a sheet whose cells holding something are `found` (in any order). */
export function snapshotOfCells(name: string, found: FoundCell[]): SheetSnapshot {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const f of found) {
    if (f.row < top) top = f.row;
    if (f.row > bottom) bottom = f.row;
    if (f.col < left) left = f.col;
    if (f.col > right) right = f.col;
  }
  if (found.length === 0) return { name, top: 0, left: 0, values: [] };
  const stray = strayCells(found, (bottom - top + 1) * (right - left + 1));
  if (stray.size > 0) {
    const kept = found.filter((f) => !stray.has(f));
    [top, bottom, left, right] = [Infinity, -1, Infinity, -1];
    // Loops, not Math.min(...): a spread of 200,000 values overflows the stack.
    for (const f of kept) {
      top = Math.min(top, f.row);
      bottom = Math.max(bottom, f.row);
      left = Math.min(left, f.col);
      right = Math.max(right, f.col);
    }
    found.length = 0;
    for (const f of kept) found.push(f);
  }
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => new Array<CellValue>(width).fill(""));
  for (const f of found) values[f.row - top][f.col - left] = f.value;
  const strays = stray.size > 0 ? { strays: [...stray].map((f) => a1(f.row, f.col)) } : {};
  return { name, top, left, values, ...strays };
}

type Found = FoundCell;

/** A used range past this many cells, and this sparse, is a list with a value typed far away by accident. */
const DENSE_LIMIT = 2_000_000;
const ROW_GAP = 1_000;
const COL_GAP = 200;

/**
 * Cells far from the rest (a value in row 1,048,576 or column XFD typed by accident), which
 * would stretch the sheet's rectangle to billions of cells: those past a gap of 1,000 empty rows
 * or 200 empty columns from the block that holds most values. Only for a rectangle that big.
 */
function strayCells(found: Found[], area: number): Set<Found> {
  if (area <= DENSE_LIMIT) return new Set();
  const mainRows = mainSpan(
    found.map((f) => f.row),
    ROW_GAP,
  );
  const mainCols = mainSpan(
    found.map((f) => f.col),
    COL_GAP,
  );
  return new Set(found.filter((f) => f.row < mainRows[0] || f.row > mainRows[1] || f.col < mainCols[0] || f.col > mainCols[1]));
}

/** The run of positions, split wherever a gap passes `gap`, that holds the most values. */
function mainSpan(positions: number[], gap: number): [number, number] {
  const sorted = [...positions].sort((a, b) => a - b);
  let best: [number, number, number] = [sorted[0], sorted[0], 0];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i] - sorted[i - 1] > gap) {
      if (i - start > best[2]) best = [sorted[start], sorted[i - 1], i - start];
      start = i;
    }
  }
  return [best[0], best[1]];
}
