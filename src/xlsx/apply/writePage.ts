import type ExcelJS from "exceljs";
import { a1Range, quoteSheet } from "../../core/cellAddress";
import type { PageSetup, PaperSize } from "../../core/plan/writePlan";
import { pageBreakRows } from "../../workbook/chunk";
import { rowBreaks } from "../excelJsInternals";
import { LAST_COLUMN } from "../package/rowBreaks";
import type { XlsxWorkbook } from "../xlsxWorkbook";

/** A sheet-scoped built-in name (`_xlnm.Print_Area`), replacing the sheet's old one. */
function setSheetName(book: XlsxWorkbook, sheet: string, name: string, formula: string): void {
  const same = (n: { name: string; scope?: string }) =>
    n.name.toLowerCase() === name.toLowerCase() && n.scope?.toLowerCase() === sheet.toLowerCase();
  const old = book.names.find(same);
  book.names = book.names.filter((n) => !same(n));
  book.names.push({ name, scope: sheet, formula, attributes: old?.attributes ?? {} });
}

/** The file format's paper codes (ECMA-376 §18.3.1.63: 1 Letter, 8 A3, 9 A4); ExcelJS leaves Letter out, as Excel does. */
const PAPER_CODE: Record<PaperSize, number | undefined> = { Letter: undefined, A3: 8, A4: 9 };

const inches = (mm: number) => Math.round((mm / 25.4) * 1000) / 1000;

/** "$A$1:$G$40" */
function absolute(range: string): string {
  return range
    .split(":")
    .map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

/**
 * A sheet's print settings. Print area and title rows are the sheet-scoped names Excel uses
 * (`_xlnm.Print_Area`, `_xlnm.Print_Titles`), kept with the workbook's other names rather than
 * in ExcelJS's pageSetup (see package/definedNamesXml.ts). A replaced sheet is a fresh one
 * (sheetSlot), so settings the plan leaves out are Excel's defaults there.
 */
export function writePage(book: XlsxWorkbook, ws: ExcelJS.Worksheet, page: PageSetup | undefined): void {
  if (!page) return;
  const setup = ws.pageSetup;
  if (page.paper) setup.paperSize = PAPER_CODE[page.paper];
  if (page.margins) {
    const m = page.margins;
    setup.margins = {
      top: inches(m.top),
      bottom: inches(m.bottom),
      left: inches(m.left),
      right: inches(m.right),
      header: inches(m.header),
      footer: inches(m.footer),
    };
  }
  if (page.footer) {
    const f = page.footer;
    const footer = (f.left ? `&L${f.left}` : "") + (f.center ? `&C${f.center}` : "") + (f.right ? `&R${f.right}` : "");
    ws.headerFooter = { ...ws.headerFooter, oddFooter: footer || undefined };
  }
  if (page.orientation) setup.orientation = page.orientation;
  if (page.scale !== undefined) Object.assign(setup, { fitToPage: false, scale: page.scale });
  else if (page.fitToWidth !== undefined) {
    setup.fitToPage = page.fitToWidth;
    // 0 pages tall: as many as needed (ExcelJS's default is 1, which would squeeze onto one page).
    if (page.fitToWidth) Object.assign(setup, { fitToWidth: 1, fitToHeight: 0 });
  }
  if (page.centerHorizontally !== undefined) setup.horizontalCentered = page.centerHorizontally;
  const sheet = quoteSheet(ws.name);
  if (page.printArea) {
    const { row, col, rows, cols } = page.printArea;
    setSheetName(book, ws.name, "_xlnm.Print_Area", `${sheet}!${absolute(a1Range(row, col, Math.max(rows, 1), Math.max(cols, 1)))}`);
    delete setup.printArea;
  }
  if (page.titleRows) {
    setSheetName(book, ws.name, "_xlnm.Print_Titles", `${sheet}!$${page.titleRows.first + 1}:$${page.titleRows.last + 1}`);
    delete setup.printTitlesRow;
  }
  // A break's id is the 1-based row it follows: the 0-based row it goes before. ExcelJS's own
  // addPageBreak writes max="16838", past the last column (16383); these are written as Excel does.
  const breaks = rowBreaks(ws);
  for (const id of pageBreakRows(page)) {
    if (!breaks.some((b) => b.id === id)) breaks.push({ id, min: 0, max: LAST_COLUMN, man: 1 });
  }
  breaks.sort((a, b) => a.id - b.id);
}
