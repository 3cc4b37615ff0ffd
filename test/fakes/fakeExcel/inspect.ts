import { a1 } from "../../../src/core/cellAddress";
import { pointsToChars } from "../../../src/office/columnWidth";
import {
  nonDefaultPage,
  type InspectedCell,
  type InspectedPage,
  type InspectedSheet,
  type InspectedWorkbook,
} from "../../workbook/gatewayHarness";
import { keyCol, keyRow, parseRangeAddress, rectA1 } from "./address";
import type { FakeCell, FakePage, FakeSheet, FakeWorkbookState } from "./state";

function listOf(st: FakeWorkbookState, sheet: FakeSheet, source: string): string[] {
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());
  const ref = source.slice(1);
  const bang = ref.lastIndexOf("!");
  const target = bang >= 0 ? st.findSheet(ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) : sheet;
  if (!target) return [];
  return st
    .values(target, parseRangeAddress(ref))
    .flat()
    .filter((v) => v !== "")
    .map(String);
}

function inspectCell(st: FakeWorkbookState, sheet: FakeSheet, c: FakeCell): InspectedCell | undefined {
  const out: InspectedCell = {};
  if (c.formula !== undefined) {
    out.formula = c.formula;
    if (c.value !== "") out.value = c.value;
  } else if (c.value !== "") out.value = c.value;
  if (c.numberFormat !== undefined && c.numberFormat !== "General") out.numberFormat = c.numberFormat;
  if (c.fill !== undefined) out.fill = c.fill.toUpperCase();
  if (c.bold !== undefined) out.bold = c.bold;
  if (c.hyperlink?.documentReference) out.link = c.hyperlink.documentReference;
  if (c.hyperlink?.address) out.address = c.hyperlink.address;
  if (c.validation) out.validationList = listOf(st, sheet, c.validation.source);
  const hasFormat =
    c.italic !== undefined ||
    c.fontColor !== undefined ||
    c.fontSize !== undefined ||
    c.fontName !== undefined ||
    c.textOrientation !== undefined ||
    c.wrap !== undefined ||
    c.horizontal !== undefined ||
    c.vertical !== undefined ||
    c.borders !== undefined;
  return Object.keys(out).length || hasFormat ? out : undefined;
}

function inspectPage(page: FakePage): InspectedPage | undefined {
  return nonDefaultPage({
    orientation: page.orientation === "Landscape" ? "landscape" : "portrait",
    fitToWidth: page.zoom.horizontalFitToPages === 1 && page.zoom.verticalFitToPages === 0,
    ...(page.printArea ? { printArea: rectA1(page.printArea) } : {}),
    ...(page.titleRows ? { titleRows: `${page.titleRows.first + 1}:${page.titleRows.last + 1}` } : {}),
    breaksBefore: [...page.breaks],
    centerHorizontally: page.centerHorizontally,
  });
}

/** A sheet's merged areas in A1 form ("A1:F1"), top to bottom, left to right. */
export function mergedAreas(sheet: FakeSheet): string[] {
  return [...sheet.merges].sort((a, b) => a.row - b.row || a.col - b.col).map((m) => rectA1(m));
}

/** A sheet's paper, margins (points) and footer parts as Excel stores them, beyond what the contract suite compares. */
export function printedPage(
  sheet: FakeSheet,
): Pick<FakePage, "paperSize" | "margins"> & { footer: { left: string; center: string; right: string } } {
  const hf = sheet.page.headersFooters;
  return {
    paperSize: sheet.page.paperSize,
    margins: { ...sheet.page.margins },
    footer: { left: hf.leftFooter, center: hf.centerFooter, right: hf.rightFooter },
  };
}

/** The fake's stored workbook, in the shape the gateway contract suite compares. */
export function inspectState(st: FakeWorkbookState): InspectedWorkbook {
  const sheets: InspectedSheet[] = st.sheets.map((sheet) => {
    const cells: Record<string, InspectedCell> = {};
    const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
    for (const k of keys) {
      const ic = inspectCell(st, sheet, sheet.cells.get(k)!);
      if (ic) cells[a1(keyRow(k), keyCol(k))] = ic;
    }
    const columnWidths: Record<number, number> = {};
    for (const [col, pts] of sheet.columnWidths) columnWidths[col] = pointsToChars(pts);
    const rowHeights: Record<number, number> = {};
    for (const row of [...sheet.rowHeights.keys()].sort((a, b) => a - b)) rowHeights[row] = sheet.rowHeights.get(row)!;
    return {
      name: sheet.name,
      cells,
      columnWidths,
      rowHeights,
      tables: st.tables.filter((t) => t.sheetId === sheet.id).map((t) => ({ name: t.name, range: rectA1(t.rect) })),
      frozenRows: sheet.freeze.rows,
      ...(inspectPage(sheet.page) ? { page: inspectPage(sheet.page) } : {}),
    };
  });
  const active = st.sheets.find((s) => s.id === st.activeSheetId);
  return {
    sheets,
    names: st.names.map((n) => ({ name: n.name, formula: st.nameFormula(n), ...(n.comment ? { comment: n.comment } : {}) })),
    ...(active ? { activeSheet: active.name } : {}),
  };
}
