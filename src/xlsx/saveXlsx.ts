import { promises as fs } from "fs";
import { basename, dirname, join } from "path";
import JSZip from "jszip";
import { replaceDefinedNames } from "./package/definedNamesXml";
import { editParts } from "./package/editParts";
import { removeEmptyRelationships } from "./package/emptyRelationships";
import { TABLE_PARTS, withoutHeaderlessFilter } from "./package/headerlessTableFilter";
import { rewriteInternalLinks } from "./package/internalLinks";
import { fillMissingTableStyles } from "./package/missingTableStyle";
import { DRAWING_PARTS, withoutOneCellEditAs } from "./package/oneCellAnchorEditAs";
import { readSheetEntries, readText, WORKBOOK_PART } from "./package/workbookParts";
import type { XlsxWorkbook } from "./xlsxWorkbook";

/** The workbook as .xlsx bytes: ExcelJS's package with the parts it gets wrong put right. */
export async function toXlsxBuffer(book: XlsxWorkbook): Promise<Buffer> {
  fillMissingTableStyles(book.excel);
  const written = await book.excel.xlsx.writeBuffer();
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

/** Saves to `path` through a temporary file beside it, so a failure never leaves half a workbook. */
export async function saveXlsxFile(book: XlsxWorkbook, path: string): Promise<void> {
  const data = await toXlsxBuffer(book);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, path);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}
