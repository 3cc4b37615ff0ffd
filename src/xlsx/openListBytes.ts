import { openDelimitedBuffer } from "./delimited/openDelimited";
import { openXlsxBuffer, type OpenOptions } from "./openXlsx";
import { sniffContainer } from "./unavailable";
import type { XlsxWorkbook } from "./xlsxWorkbook";

export type OpenedFile = {
  book: XlsxWorkbook;
  source: { kind: "xlsx" } | { kind: "delimited"; encoding: string; delimiter: string; rows: number };
};

/**
 * Opens the bytes of a file named as a list (.csv, .tsv, .txt): delimited text into a one-sheet
 * workbook, unless the bytes are a workbook after all. No file system: openWorkbookFile reads the
 * file first; the playground passes what the planner picked in the browser. `label` names the
 * sheet and the file in messages.
 */
export async function openListBytes(data: Uint8Array, label: string, options: OpenOptions = {}): Promise<OpenedFile> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // Downloads get a .csv name whatever they hold: a real workbook opens as one, and an .xls
  // (or a password-protected .xlsx) gets the "save it as .xlsx" message, not "binary data".
  const container = sniffContainer(bytes);
  if (container === undefined || container === "legacyXls" || container === "encrypted") {
    return { book: await openXlsxBuffer(bytes, label, options), source: { kind: "xlsx" } };
  }
  const { book, encoding, delimiter, rows } = openDelimitedBuffer(bytes, label);
  return { book: { ...book, plainText: true }, source: { kind: "delimited", encoding, delimiter, rows } };
}
