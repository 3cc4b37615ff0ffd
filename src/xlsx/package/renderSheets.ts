import ExcelJS from "exceljs";
import JSZip from "jszip";
import { adoptWorksheets } from "../excelJsInternals";
import { editParts } from "./editParts";
import { removeEmptyRelationships } from "./emptyRelationships";
import { TABLE_PARTS, withoutHeaderlessFilter } from "./headerlessTableFilter";
import { rewriteInternalLinks } from "./internalLinks";
import { fillMissingTableStyles } from "./missingTableStyle";
import { DRAWING_PARTS, withoutOneCellEditAs } from "./oneCellAnchorEditAs";

/**
 * The sheets `apply` made (new or replaced), written by ExcelJS as a workbook of their own, with
 * the mends every package the adapter saves gets (internal links, table filters, picture anchors,
 * empty relationships). The package is stored, not deflated: its parts are read once, to be
 * spliced into the opened file (spliceSheets.ts), and then dropped.
 */
export async function renderSheets(sheets: readonly ExcelJS.Worksheet[], like: ExcelJS.Workbook): Promise<JSZip> {
  const own = new ExcelJS.Workbook();
  own.properties = { ...own.properties, date1904: Boolean(like.properties?.date1904) };
  adoptWorksheets(own, sheets);
  fillMissingTableStyles(own);
  const written = await own.xlsx.writeBuffer({ zip: { compression: "STORE" } } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
  const zip = await JSZip.loadAsync(written as ArrayBuffer);
  await rewriteInternalLinks(zip);
  await editParts(zip, TABLE_PARTS, withoutHeaderlessFilter);
  await editParts(zip, DRAWING_PARTS, withoutOneCellEditAs);
  await removeEmptyRelationships(zip);
  return zip;
}
