import type { ReadOptions, SheetSnapshot, WorkbookSnapshot } from "../../workbook/gateway";
import { cellWork } from "./cellWork";
import type { XlsxWorkbook } from "../xlsxWorkbook";
import { findSheet } from "../sheetLookup";
import { toCellValue } from "./cellValue";
import { ownedSheets } from "./ownedSheets";
import { sheetSnapshot } from "./usedRange";

/** The snapshot of `gateway.read`: every worksheet name in tab order, the requested sheets, the markers. */
export function readSnapshot(book: XlsxWorkbook, requested: readonly string[], options: ReadOptions = {}): WorkbookSnapshot {
  const worksheets = book.excel.worksheets;
  const sheetNames = worksheets.map((ws) => ws.name);
  const date1904 = Boolean(book.excel.properties?.date1904);
  const sheets: SheetSnapshot[] = [];
  for (const name of requested) {
    const ws = findSheet(book.excel, name);
    if (!ws || sheets.some((s) => s.name === ws.name)) continue;
    const snapshot: SheetSnapshot = { ...sheetSnapshot(ws, date1904), ...(book.plainText ? { plainText: true } : {}) };
    if (options.keepWork?.some((n) => findSheet(book.excel, n) === ws)) snapshot.work = cellWork(ws, snapshot);
    sheets.push(snapshot);
  }
  // The first cell a marker points at, as Office's read gives it (getCell(0, 0) of the name's range).
  const cellOf = (sheet: string, formula: string) => {
    const ws = findSheet(book.excel, sheet);
    const at = /!\$?([A-Z]{1,3})\$?(\d+)/.exec(formula);
    return ws ? toCellValue(ws.getCell(at ? at[1] + at[2] : "A1"), date1904) : undefined;
  };
  return { sheetNames, sheets, owned: ownedSheets(book.names, sheetNames, cellOf) };
}
