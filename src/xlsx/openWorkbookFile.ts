import { extname } from "path";
import { openListBytes, type OpenedFile } from "./openListBytes";
import { openXlsxFile, readInputFile, type OpenOptions } from "./openXlsx";

export type { OpenedFile } from "./openListBytes";

const DELIMITED = new Set([".csv", ".tsv", ".txt"]);

/**
 * Opens a workbook or a list: .csv, .tsv and .txt are read as delimited text into a
 * one-sheet workbook, anything else as .xlsx. Throws WorkbookUnavailableError when neither works.
 */
export async function openWorkbookFile(path: string, options: OpenOptions = {}): Promise<OpenedFile> {
  if (!DELIMITED.has(extname(path).toLowerCase())) return { book: await openXlsxFile(path, options), source: { kind: "xlsx" } };
  return openListBytes(await readInputFile(path), path, options);
}
