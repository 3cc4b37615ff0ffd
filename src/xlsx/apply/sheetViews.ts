import type ExcelJS from "exceljs";

/** ExcelJS reads and writes `tabSelected` on a sheet view but does not declare it. */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

function views(ws: ExcelJS.Worksheet): SheetView[] {
  return (ws.views ?? []) as SheetView[];
}

export function isTabSelected(ws: ExcelJS.Worksheet): boolean {
  return views(ws).some((v) => v.tabSelected === true);
}

export function setTabSelected(ws: ExcelJS.Worksheet, selected: boolean): void {
  const [first = {}, ...rest] = views(ws);
  if (!selected && !first.tabSelected) return;
  ws.views = [{ ...first, tabSelected: selected }, ...rest] as ExcelJS.Worksheet["views"];
}

/** Freezes the top `rows` rows and left `cols` columns (none when both are 0). */
export function freezePanes(ws: ExcelJS.Worksheet, rows: number, cols: number): void {
  const [first = {}] = views(ws);
  const keep = { tabSelected: first.tabSelected };
  const view: SheetView =
    rows > 0 || cols > 0
      ? { ...keep, state: "frozen", xSplit: cols || undefined, ySplit: rows || undefined }
      : { ...keep, state: "normal" };
  ws.views = [view] as ExcelJS.Worksheet["views"];
}

/**
 * Makes `ws` the sheet Excel opens on: the workbook view's active tab, and the only selected
 * tab (two selected tabs would open as a group, where every edit lands on both sheets).
 */
export function activateSheet(excel: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const sheets = excel.worksheets;
  const index = sheets.findIndex((s) => s === ws);
  if (index < 0) return;
  for (const s of sheets) setTabSelected(s, s === ws);
  const [book = { x: 0, y: 0, width: 12000, height: 24000, visibility: "visible" } as ExcelJS.WorkbookView, ...rest] = excel.views ?? [];
  const firstSheet = book.firstSheet !== undefined ? Math.min(book.firstSheet, index) : undefined;
  excel.views = [{ ...book, activeTab: index, ...(firstSheet !== undefined ? { firstSheet } : {}) }, ...rest];
}
