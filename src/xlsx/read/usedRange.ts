import ExcelJS from "exceljs";
import type { CellValue } from "../../core/cellValue";
import type { SheetSnapshot } from "../../workbook/gateway";
import { toCellValue } from "./cellValue";

/**
 * The used range of a worksheet: from the first to the last row and column holding a value
 * or a formula (formats alone do not count), as a rectangle with "" for empty cells.
 */
export function sheetSnapshot(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const found: { row: number; col: number; value: CellValue }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = toCellValue(cell, date1904);
      if (value === "" && cell.type !== ExcelJS.ValueType.Formula) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      found.push({ row: r, col: c, value });
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (found.length === 0) return { name: ws.name, top: 0, left: 0, values: [] };
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => new Array<CellValue>(width).fill(""));
  for (const f of found) values[f.row - top][f.col - left] = f.value;
  return { name: ws.name, top, left, values };
}
