import { columnIndex } from "../../core/cellAddress";
import type { ReadOptions, SheetSnapshot, WorkbookSnapshot } from "../../workbook/gateway";
import { cellWork } from "./cellWork";
import type { XlsxWorkbook } from "../xlsxWorkbook";
import { findSheet } from "../sheetLookup";
import { currentValue } from "./currentValue";
import { ownedSheets } from "./ownedSheets";
import { sheetSnapshot } from "./usedRange";

/**
 * Whether the read needs the workbook opened in full: a sheet with no cells in ExcelJS
 * (package/deferredSheets.ts) whose formulas and links are asked for, or that `apply` has
 * written to since it was opened; a sheet `apply` wrote directly (apply/directCells.ts).
 */
export function readNeedsFull(book: XlsxWorkbook, requested: readonly string[], options: ReadOptions = {}): boolean {
  const source = book.source;
  if (!source) return false;
  if (source.direct.size > 0 && requested.some((n) => [...source.direct.keys()].some((ws) => ws.name.toLowerCase() === n.toLowerCase())))
    return true;
  if (!source.deferred.size) return false;
  const deferredAt = (n: string) => {
    const ws = findSheet(source.excel, n);
    return ws !== undefined && source.deferred.has(ws) ? ws : undefined;
  };
  return (
    (options.keepWork ?? []).some((n) => deferredAt(n) !== undefined) ||
    requested.some((n) => {
      const ws = deferredAt(n);
      return ws !== undefined && source.writes.some((w) => w.worksheet === ws);
    })
  );
}

/**
 * The snapshot of `gateway.read`: every worksheet name in tab order, the requested sheets, the
 * markers. `full` is the workbook opened in full, when readNeedsFull says so.
 */
export function readSnapshot(
  book: XlsxWorkbook,
  requested: readonly string[],
  options: ReadOptions = {},
  full?: XlsxWorkbook,
): WorkbookSnapshot {
  const worksheets = book.excel.worksheets;
  const sheetNames = worksheets.map((ws) => ws.name);
  const date1904 = Boolean(book.excel.properties?.date1904);
  const deferred = book.source?.deferred;
  const sheets: SheetSnapshot[] = [];
  for (const name of requested) {
    const ws = findSheet(book.excel, name);
    if (!ws || sheets.some((s) => s.name === ws.name)) continue;
    const kept = deferred?.get(ws);
    const fullSheet = (kept || book.source?.direct.has(ws)) && full ? findSheet(full.excel, ws.name) : undefined;
    const read = fullSheet ? sheetSnapshot(fullSheet, date1904) : kept ? { ...kept, name: ws.name } : sheetSnapshot(ws, date1904);
    const snapshot: SheetSnapshot = { ...read, ...(book.plainText ? { plainText: true } : {}) };
    if (options.keepWork?.some((n) => findSheet(book.excel, n) === ws)) snapshot.work = cellWork(fullSheet ?? ws, snapshot);
    sheets.push(snapshot);
  }
  // The first cell a marker points at, as Office's read gives it (getCell(0, 0) of the name's range).
  const cellOf = (sheet: string, formula: string) => {
    const ws = findSheet(book.excel, sheet);
    const at = /!\$?([A-Z]{1,3})\$?(\d+)/.exec(formula);
    return ws ? currentValue(book, ws, at ? Number(at[2]) - 1 : 0, at ? columnIndex(at[1]) : 0) : undefined;
  };
  return { sheetNames, sheets, owned: ownedSheets(book.names, sheetNames, cellOf) };
}
