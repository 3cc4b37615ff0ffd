import type ExcelJS from "exceljs";

/**
 * The few ExcelJS 4.4 internals the adapter relies on, typed in one place.
 * - A worksheet's `orderNo` decides its tab position (`workbook.worksheets` sorts by it).
 * - `worksheet.tables` maps a table name to an object whose `table` is the stored model.
 * - `worksheet.dataValidations.add(address, …)` takes a cell or a range ("B2:B9"); a range is
 *   written as one validation.
 * - `worksheet.rowBreaks` holds the manual page breaks written as <rowBreaks> (`id`: the
 *   1-based row a break goes after, i.e. the 0-based row it goes before).
 */

export interface TableModel {
  name: string;
  displayName?: string;
  /** The whole table, e.g. "A1:C4" (set for tables read from a file). */
  tableRef?: string;
  /** The top-left cell (set for tables added in memory; `tableRef` follows on save). */
  ref?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string; filterButton?: boolean }[];
}

interface WorksheetInternals {
  rowBreaks: ExcelJS.RowBreak[];
  orderNo: number;
  tables: Record<string, { table: TableModel }>;
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

export function tabOrder(ws: ExcelJS.Worksheet): number {
  return internals(ws).orderNo;
}

export function setTabOrder(ws: ExcelJS.Worksheet, orderNo: number): void {
  internals(ws).orderNo = orderNo;
}

export function excelTables(ws: ExcelJS.Worksheet): TableModel[] {
  return Object.values(internals(ws).tables ?? {}).map((t) => t.table);
}

export function addDataValidation(ws: ExcelJS.Worksheet, address: string, validation: ExcelJS.DataValidation): void {
  internals(ws).dataValidations.add(address, validation);
}

export function rowBreaks(ws: ExcelJS.Worksheet): ExcelJS.RowBreak[] {
  const w = internals(ws);
  if (!Array.isArray(w.rowBreaks)) w.rowBreaks = [];
  return w.rowBreaks;
}

/**
 * Makes `sheets` (worksheets of another workbook) the worksheets of `excel`, by their ids, without
 * copying them: writing `excel` then renders exactly those sheets as their own workbook would.
 */
export function adoptWorksheets(excel: ExcelJS.Workbook, sheets: readonly ExcelJS.Worksheet[]): void {
  const slots = (excel as unknown as { _worksheets: ExcelJS.Worksheet[] })._worksheets;
  for (const ws of sheets) slots[ws.id] = ws;
}

/** Pictures placed on a worksheet (ExcelJS keeps them per sheet and the image data in the workbook). */
export function sheetImages(ws: ExcelJS.Worksheet): unknown[] {
  return (ws as unknown as { _media?: unknown[] })._media ?? [];
}
