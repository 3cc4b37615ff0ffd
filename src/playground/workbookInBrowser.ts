import { openXlsxBuffer } from "../xlsx/openXlsx";
import { toXlsxBuffer } from "../xlsx/saveXlsx";
import { createXlsxGateway } from "../xlsx/xlsxGateway";
import type { XlsxWorkbook } from "../xlsx/xlsxWorkbook";
import type { BrowserWorkbook } from "./browserWorkbook";

/** A list name is opened as delimited text (as `huiwu check 报名表.csv` does), anything else as .xlsx. */
const LIST_NAME = /\.(?:csv|tsv|txt)$/i;

/**
 * Opens a file's bytes with the file adapter (src/xlsx), as the command line does. This module and
 * ExcelJS load on demand (loadWorkbook.ts). Throws WorkbookUnavailableError (English and Chinese)
 * when the bytes are no workbook.
 */
export async function openBrowserWorkbook(bytes: Uint8Array, fileName: string): Promise<BrowserWorkbook> {
  const book = LIST_NAME.test(fileName) ? await openList(bytes, fileName) : await openXlsxBuffer(bytes, fileName);
  return {
    gateway: createXlsxGateway(book),
    visibleSheets: () => visibleSheetNames(book),
    save: () => toXlsxBuffer(book),
  };
}

/** CSV/TSV reading (encodings, the parser) loads only for a list, in a chunk of its own. */
async function openList(bytes: Uint8Array, fileName: string): Promise<XlsxWorkbook> {
  const { openListBytes } = await import(/* webpackChunkName: "csv" */ "../xlsx/openListBytes");
  return (await openListBytes(bytes, fileName)).book;
}

function visibleSheetNames(book: XlsxWorkbook): string[] {
  // `source.excel` is `book.excel` without counting as a use from outside the adapter, which
  // would make every later save a full write instead of a splice into the opened file.
  const excel = book.source?.excel ?? book.excel;
  return excel.worksheets.filter((ws) => (ws.state ?? "visible") === "visible").map((ws) => ws.name);
}
