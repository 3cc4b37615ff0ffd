import { promises as fs } from "fs";
import JSZip from "jszip";
import { replaceDefinedNames } from "./package/definedNamesXml";
import { editParts } from "./package/editParts";
import { removeEmptyRelationships } from "./package/emptyRelationships";
import { TABLE_PARTS, withoutHeaderlessFilter } from "./package/headerlessTableFilter";
import { rewriteInternalLinks } from "./package/internalLinks";
import { fillMissingTableStyles } from "./package/missingTableStyle";
import { DRAWING_PARTS, withoutOneCellEditAs } from "./package/oneCellAnchorEditAs";
import { splicePackage } from "./package/spliceSheets";
import { openedInFull } from "./openedInFull";
import { readSheetEntries, readText, WORKBOOK_PART } from "./package/workbookParts";
import { temporaryPathOf } from "./temporaryPath";
import type { XlsxWorkbook } from "./xlsxWorkbook";

/** How a workbook was saved: spliced into the file it was opened from, or written whole by ExcelJS (and why). */
export interface SavedXlsx {
  data: Buffer;
  path: "splice" | "full";
  /** Why the splice was not used, for a full write. */
  reason?: string;
}

/**
 * The workbook as .xlsx bytes. A workbook opened from an .xlsx file is spliced: the file's own
 * parts are copied and only what `apply` wrote is put in (package/spliceSheets.ts). A workbook
 * built in memory or read from CSV, one whose ExcelJS object was used directly, or a change the
 * splice does not handle, is written whole by ExcelJS (`full: true` asks for that).
 */
export async function packXlsx(book: XlsxWorkbook, options: { full?: boolean } = {}): Promise<SavedXlsx> {
  const source = book.source;
  let reason: string;
  if (options.full) reason = "a full write was asked for";
  else if (!source) reason = "the workbook was not opened from an .xlsx file";
  else if (source.handedOut) reason = "the ExcelJS workbook was used outside the adapter";
  else {
    try {
      return { data: await splicePackage(book, source), path: "splice" };
    } catch (err) {
      // Correctness first: whatever the splice cannot do, the full write can.
      reason = err instanceof Error ? err.message : String(err);
    }
  }
  return { data: await fullWrite(await openedInFull(book)), path: "full", reason };
}

/** The workbook as .xlsx bytes (see packXlsx). */
export async function toXlsxBuffer(book: XlsxWorkbook, options: { full?: boolean } = {}): Promise<Buffer> {
  return (await packXlsx(book, options)).data;
}

/** ExcelJS's package of the whole workbook, with the parts it gets wrong put right. */
async function fullWrite(book: XlsxWorkbook): Promise<Buffer> {
  const excel = book.source?.excel ?? book.excel;
  fillMissingTableStyles(excel);
  const written = await excel.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(written as ArrayBuffer);
  const sheetNames = (await readSheetEntries(zip)).map((s) => s.name);
  const workbookXml = (await readText(zip, WORKBOOK_PART))!;
  zip.file(WORKBOOK_PART, replaceDefinedNames(workbookXml, book.names, sheetNames));
  await rewriteInternalLinks(zip);
  await editParts(zip, TABLE_PARTS, withoutHeaderlessFilter);
  await editParts(zip, DRAWING_PARTS, withoutOneCellEditAs);
  await removeEmptyRelationships(zip); // last: the rewrites above can leave a .rels empty
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/**
 * Saves to `path` through a temporary file beside it, so a failure never leaves half a workbook.
 * Says how it was saved: only a full write loses what ExcelJS cannot hold (book.wouldLose).
 */
export async function saveXlsxFile(book: XlsxWorkbook, path: string): Promise<SavedXlsx> {
  const saved = await packXlsx(book);
  const data = saved.data;
  const temp = temporaryPathOf(path);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, path);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
  return saved;
}
