import type ExcelJS from "exceljs";

/** Excel sheet names are unique regardless of case; ExcelJS's getWorksheet is case-sensitive. */
export function findSheet(excel: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const lower = name.toLowerCase();
  return excel.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}
