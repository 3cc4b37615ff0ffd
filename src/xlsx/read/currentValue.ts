import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/cellValue";
import type { XlsxWorkbook } from "../xlsxWorkbook";
import { directValue } from "../apply/directCells";
import { toCellValue } from "./cellValue";

type Block = { row: number; col: number; values?: unknown[][]; formulas?: unknown[][] };

function covers(b: Block, row: number, col: number): boolean {
  const rows = b.values ?? b.formulas ?? [];
  return row >= b.row && row < b.row + rows.length && col >= b.col && col < b.col + (rows[0]?.length ?? 0);
}

/**
 * What a cell (0-based) holds now, as `read` gives it. A deferred sheet (package/deferredSheets.ts)
 * has no cells in ExcelJS but those `apply` has written since: a cell a write covered is read
 * from ExcelJS, any other from the values the file had. A directly written sheet
 * (apply/directCells.ts) holds what its plan gave.
 */
export function currentValue(book: XlsxWorkbook, ws: ExcelJS.Worksheet, row: number, col: number): CellValue {
  const source = book.source;
  const excel = source?.excel ?? book.excel;
  const date1904 = Boolean(excel.properties?.date1904);
  const direct = source?.direct.get(ws);
  if (direct) return directValue(direct, row, col);
  const snapshot = source?.deferred.get(ws);
  if (snapshot) {
    const written = source!.writes.some(
      (w) => w.worksheet === ws && [...w.write.values, ...(w.write.formulas ?? [])].some((b) => covers(b, row, col)),
    );
    if (!written) return snapshot.values[row - snapshot.top]?.[col - snapshot.left] ?? "";
  }
  return toCellValue(ws.getCell(row + 1, col + 1), date1904);
}
