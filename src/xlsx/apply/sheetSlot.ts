import type ExcelJS from "exceljs";
import type { SheetWrite } from "../../core/plan/writePlan";
import { setTabOrder, tabOrder } from "../excelJsInternals";
import { findSheet } from "../sheetLookup";
import type { XlsxWorkbook } from "../xlsxWorkbook";
import { isTabSelected, setTabSelected } from "./sheetViews";

/**
 * The worksheet a sheet write goes to: a new sheet at the end, or — for "replace" — a fresh
 * sheet in place of the old one, at the same tab position; for "update", the planner's sheet as it is. Starting fresh clears everything
 * the old sheet had (values, formats, merges, validations, links, tables, frozen panes, hidden
 * columns) in one step, where clearing in place would need a step per feature and miss some.
 * Formulas elsewhere that point at the sheet keep working: it keeps its name.
 */
export function sheetSlot(book: XlsxWorkbook, sw: SheetWrite): ExcelJS.Worksheet {
  const old = findSheet(book.excel, sw.name);
  if (!old) return book.excel.addWorksheet(sw.name);
  if (sw.mode === "update") return old;

  const position = tabOrder(old);
  const wasSelected = isTabSelected(old);
  book.excel.removeWorksheet(old.id);
  // Sheet-level settings that described the old contents (its filter, print area) go with it.
  book.names = book.names.filter((n) => !(n.scope?.toLowerCase() === old.name.toLowerCase() && n.name.toLowerCase().startsWith("_xlnm.")));
  const fresh = book.excel.addWorksheet(old.name); // Excel matches names regardless of case and keeps its spelling
  setTabOrder(fresh, position);
  // Column widths stay, as when Excel clears a sheet: someone may have widened a column to read it.
  (old.columns ?? []).forEach((column, i) => {
    if (column?.width !== undefined) fresh.getColumn(i + 1).width = column.width;
  });
  if (wasSelected) setTabSelected(fresh, true);
  return fresh;
}
