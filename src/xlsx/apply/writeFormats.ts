import type ExcelJS from "exceljs";
import type { ColumnWidth, FormatSpec, RowHeight } from "../../core/plan/writePlan";
import { argb, withTypeface } from "./cellStyle";

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const VERTICAL = { top: "top", center: "middle", bottom: "bottom" } as const;

/** The style change one FormatSpec asks for; unset fields leave the cell's style as it is. */
export function change(spec: FormatSpec): (s: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style> {
  return (s) => {
    const next = { ...s };
    if (spec.numberFormat !== undefined) next.numFmt = spec.numberFormat;
    const font: Partial<ExcelJS.Font> = {};
    if (spec.bold !== undefined) font.bold = spec.bold;
    if (spec.italic !== undefined) font.italic = spec.italic;
    if (spec.fontColor !== undefined) font.color = { argb: argb(spec.fontColor) };
    if (spec.fontSize !== undefined) font.size = spec.fontSize;
    if (spec.fontName !== undefined) font.name = spec.fontName;
    if (Object.keys(font).length) {
      next.font = { ...withTypeface(s.font), ...font };
      // A theme font (scheme "minor") shows as the theme's face whatever its name says.
      if (spec.fontName !== undefined) delete next.font.scheme;
    }
    if (spec.fill !== undefined) next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
    const align: Partial<ExcelJS.Alignment> = {};
    if (spec.wrap !== undefined) align.wrapText = spec.wrap;
    if (spec.horizontal !== undefined) align.horizontal = spec.horizontal;
    if (spec.vertical !== undefined) align.vertical = VERTICAL[spec.vertical];
    if (spec.rotation !== undefined) align.textRotation = spec.rotation;
    if (Object.keys(align).length) next.alignment = { ...s.alignment, ...align };
    if (spec.border) next.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    return next;
  };
}

type Style = Partial<ExcelJS.Style>;

/**
 * One format over a range. Cells that had the same style get one new style object between them
 * (a 100,000-row table is not 100,000 copies of its fonts and borders); it is still a fresh one,
 * never the object other cells of the file share (see cellStyle.ts), and nothing here changes a
 * style object in place, so sharing it within the write is safe.
 */
function formatRange(ws: ExcelJS.Worksheet, spec: FormatSpec): void {
  const apply = change(spec);
  const byObject = new Map<Style, Style>();
  const byContent = new Map<string, Style>();
  const { row, col, rows, cols } = spec.range;
  for (let r = row + 1; r <= row + rows; r++) {
    const excelRow = ws.getRow(r);
    for (let c = col + 1; c <= col + cols; c++) {
      const cell = excelRow.getCell(c);
      const current = cell.style as Style;
      let next = byObject.get(current);
      if (!next) {
        const key = JSON.stringify(current);
        next = byContent.get(key);
        if (!next) byContent.set(key, (next = apply({ ...current })));
        byObject.set(current, next);
      }
      cell.style = next as ExcelJS.Style;
    }
  }
}

export function writeFormats(ws: ExcelJS.Worksheet, formats: readonly FormatSpec[]): void {
  for (const spec of formats) formatRange(ws, spec);
}

/**
 * ExcelJS takes a width of exactly 9 for its own default and leaves the column out of the file,
 * which then opens at Excel's 8.43; a hair more prints at the same 68 pixels and is kept.
 */
const EXCELJS_DEFAULT_WIDTH = 9;
const KEPT_NINE = 9.001;

/** Widths are in characters of the default font, ExcelJS's unit as well as Excel's. */
export function writeColumnWidths(ws: ExcelJS.Worksheet, widths: readonly ColumnWidth[]): void {
  for (const w of widths) ws.getColumn(w.col + 1).width = w.width === EXCELJS_DEFAULT_WIDTH ? KEPT_NINE : w.width;
}

/**
 * Heights in points, ExcelJS's unit as well as Excel's. ExcelJS writes every height it is given
 * with customHeight="1", which Excel needs to keep the height instead of fitting the row to its
 * text. (It skips a height of 0, which checkPlan refuses anyway.)
 */
export function writeRowHeights(ws: ExcelJS.Worksheet, heights: readonly RowHeight[]): void {
  for (const h of heights) ws.getRow(h.row + 1).height = h.height;
}
