import ExcelJS from "exceljs";
import type { SheetWrite } from "../../src/core/plan/writePlan";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../src/xlsx";

/**
 * A new workbook holding only this sheet, written through the file gateway. LibreOffice prints
 * every sheet of a workbook, so a page count of one sheet needs a workbook of its own.
 */
export async function singleSheetBook(sheet: SheetWrite): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("Blank");
  const book = await openXlsxBuffer(Buffer.from(await excel.xlsx.writeBuffer()));
  await createXlsxGateway(book).apply({ sheets: [{ ...sheet, mode: "replace", exists: false, marker: "none" }] });
  book.excel.removeWorksheet(book.excel.getWorksheet("Blank")!.id);
  return toXlsxBuffer(book);
}
