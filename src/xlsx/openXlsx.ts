import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { WorkbookUnavailableError } from "../workbook/gateway";
import { parseDefinedNames } from "./package/definedNamesXml";
import { oversizedPart } from "./package/inflateLimits";
import { clipWholeSheetValidations } from "./package/validationRanges";
import { deferLargeSheets } from "./package/deferredSheets";
import { lostFeatures } from "./package/lostFeatures";
import { capturePackageSource, guardExcel } from "./package/packageSource";
import { restoreInternalLinks } from "./package/internalLinks";
import { restoreRowBreaks } from "./package/rowBreaks";
import { repairLoadedTables } from "./package/tableRepair";
import { parseSheetEntries, readText, WORKBOOK_PART } from "./package/workbookParts";
import { findElements } from "./package/xmlText";
import { sniffContainer, unavailable } from "./unavailable";
import type { XlsxWorkbook } from "./xlsxWorkbook";

/** A file's bytes; a missing file, a folder or an unreadable file throws WorkbookUnavailableError naming it. */
export async function readInputFile(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw unavailable("missing", path);
    if (code === "EISDIR") throw unavailable("notAFile", path);
    throw unavailable("unreadable", path);
  }
}

export interface OpenOptions {
  /**
   * Worksheets whose part is larger than this many bytes are read from their XML instead of being
   * loaded into ExcelJS (package/deferredSheets.ts): the workbook is then for the adapter only
   * (read, apply, save), and `book.excel` may not be used directly.
   */
  deferSheetsAbove?: number;
  /** Output sheets of more cells than this are written straight into the saved file (apply/directCells.ts); same condition. */
  writeDirectAbove?: number;
}

/** Reads an .xlsx file. Anything that is not a usable workbook throws WorkbookUnavailableError. */
export async function openXlsxFile(path: string, options: OpenOptions = {}): Promise<XlsxWorkbook> {
  return openXlsxBuffer(await readInputFile(path), path, options);
}

/** Reads an .xlsx workbook from bytes; `label` names it in error messages. */
export async function openXlsxBuffer(data: Uint8Array, label = "workbook", options: OpenOptions = {}): Promise<XlsxWorkbook> {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const problem = sniffContainer(buf);
  if (problem) throw unavailable(problem, label);
  try {
    return await load(buf, label, options);
  } catch (err) {
    if (err instanceof WorkbookUnavailableError) throw err;
    throw unavailable("damaged", label);
  }
}

async function load(buf: Buffer, label: string, options: OpenOptions): Promise<XlsxWorkbook> {
  const zip = await JSZip.loadAsync(buf);
  // A zip bomb is refused by the sizes it declares, before anything is inflated.
  if (oversizedPart(zip)) throw unavailable("tooLarge", label);
  const workbookXml = await readText(zip, WORKBOOK_PART);
  if (workbookXml === undefined) throw unavailable(zip.file("xl/workbook.bin") ? "binaryXlsb" : "notXlsx", label);

  // A validation over the whole sheet would be expanded cell by cell: clipped first, and said.
  const clipped = await clipWholeSheetValidations(zip);
  const sheets = parseSheetEntries(workbookXml, await readText(zip, "xl/_rels/workbook.xml.rels"));
  const deferred =
    options.deferSheetsAbove === undefined ? new Map<string, never>() : await deferLargeSheets(zip, sheets, options.deferSheetsAbove);
  // What ExcelJS reads is only ever inflated again, so a rebuilt package is stored, not compressed.
  const data = deferred.size > 0 || clipped ? await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }) : buf;

  const excel = new ExcelJS.Workbook();
  // ExcelJS declares its own Buffer type; a Node Buffer is what it reads at run time.
  await excel.xlsx.load(data as unknown as ArrayBuffer as Parameters<typeof excel.xlsx.load>[0]);

  const names = parseDefinedNames(
    workbookXml,
    sheets.map((s) => s.name),
  );
  excel.definedNames.model = [];
  // Print areas and titles are in `names` now; ExcelJS's copies would be written twice.
  for (const ws of excel.worksheets) {
    delete ws.pageSetup.printArea;
    delete ws.pageSetup.printTitlesRow;
    delete ws.pageSetup.printTitlesColumn;
  }
  // ExcelJS does not read <calcPr>; keep a pending full recalculation pending.
  const calcPr = findElements(workbookXml, "calcPr")[0];
  const fullCalc = calcPr?.attrs.fullCalcOnLoad;
  excel.calcProperties = { ...excel.calcProperties, fullCalcOnLoad: fullCalc === "1" || fullCalc === "true" };

  await restoreInternalLinks(zip, excel, sheets);
  await repairLoadedTables(zip, excel);
  await restoreRowBreaks(zip, excel, sheets);
  const wouldLose = lostFeatures(Object.keys(zip.files));
  // Kept for saving: the parts nothing changes are copied from these bytes as they are.
  const source = capturePackageSource(buf, excel, sheets, deferred, options.writeDirectAbove);
  return guardExcel({ names, label, wouldLose: clipped ? [...wouldLose, "validationRanges"] : wouldLose, source }, source);
}
