/**
 * A cell value as every layer sees it: what Excel's `Range.values` gives.
 * Empty cells are "", dates are serial numbers, errors are their text ("#N/A").
 */
export type CellValue = string | number | boolean;

/** The error values Excel shows in a cell. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

export function isExcelError(v: CellValue): boolean {
  return typeof v === "string" && EXCEL_ERRORS.has(v);
}

export function isBlank(v: CellValue | undefined | null): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}
