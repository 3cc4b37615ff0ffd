import { extname } from "path";
import { openDelimitedBuffer } from "./delimited/openDelimited";
import { openXlsxBuffer, openXlsxFile, readInputFile, type OpenOptions } from "./openXlsx";
import { sniffContainer } from "./unavailable";
import type { XlsxWorkbook } from "./xlsxWorkbook";

export type OpenedFile = {
  book: XlsxWorkbook;
  source: { kind: "xlsx" } | { kind: "delimited"; encoding: string; delimiter: string; rows: number };
};

const DELIMITED = new Set([".csv", ".tsv", ".txt"]);

/**
 * Opens a workbook or a list: .csv, .tsv and .txt are read as delimited text into a
 * one-sheet workbook, anything else as .xlsx. Throws WorkbookUnavailableError when neither works.
 */
export async function openWorkbookFile(path: string, options: OpenOptions = {}): Promise<OpenedFile> {
  if (!DELIMITED.has(extname(path).toLowerCase())) return { book: await openXlsxFile(path, options), source: { kind: "xlsx" } };

  const data = await readInputFile(path);
  // Downloads get a .csv name whatever they hold: a real workbook opens as one, and an .xls
  // (or a password-protected .xlsx) gets the "save it as .xlsx" message, not "binary data".
  const container = sniffContainer(data);
  if (container === undefined || container === "legacyXls" || container === "encrypted") {
    return { book: await openXlsxBuffer(data, path, options), source: { kind: "xlsx" } };
  }
  const { book, encoding, delimiter, rows } = openDelimitedBuffer(data, path);
  return { book: { ...book, plainText: true }, source: { kind: "delimited", encoding, delimiter, rows } };
}
