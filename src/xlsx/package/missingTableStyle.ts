import type ExcelJS from "exceljs";
import { excelTables, type TableModel } from "../excelJsInternals";

/**
 * A table part without <tableStyleInfo> (LibreOffice writes none) is a table with no style.
 * ExcelJS 4.4 reads it as `style: null` and then throws while saving the workbook
 * ("Cannot read properties of null (reading 'theme')"). Such a table gets the empty style
 * before saving: ExcelJS writes it as a <tableStyleInfo> without a name, which means the same.
 */
export function fillMissingTableStyles(excel: ExcelJS.Workbook): void {
  for (const ws of excel.worksheets) {
    for (const table of excelTables(ws) as (TableModel & { style?: object | null })[]) {
      table.style ??= {};
    }
  }
}
