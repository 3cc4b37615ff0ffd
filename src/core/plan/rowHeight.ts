import type { CellValue } from "../cellValue";
import { isWide } from "./textWidth";
import { wrapText, type TextStyle } from "./textWrap";

/** Excel's default row: one line of 11 pt Calibri. */
export const DEFAULT_ROW_PT = 15;
/** Excel's tallest row. */
export const MAX_ROW_PT = 409;
/**
 * A line is this many times its font size tall: Calibri's line is 1.22 em; CJK faces run taller
 * (Noto Sans CJK, which LibreOffice falls back to, 1.45 em; 等线 and 微软雅黑 about 1.3).
 */
const LATIN_LINE = 1.3;
const CJK_LINE = 1.45;
/** Space above and below a block of two or more lines (one line sits in a row of its own size). */
const PADDING_PT = 3;

/** A cell of a row: its text, the width it has (a merged span's whole width) and its type. */
export interface RowCell extends TextStyle {
  value: CellValue;
  width: number;
}

/**
 * A cell as it counts for its row's height: a wrapped cell by its text across its width, an
 * unwrapped one as a single line of its type, whatever its width.
 */
export function heightCell(value: CellValue, width: number, style: TextStyle & { wrap?: boolean }): RowCell {
  const { wrap, ...type } = style;
  return wrap ? { ...type, value, width } : { ...type, value: "x", width: Number.MAX_SAFE_INTEGER };
}

/** Points that this many lines of text need (`leading` the line height over the font size). */
export function linesHeight(lines: number, fontSize = 11, leading = LATIN_LINE): number {
  return Math.ceil(lines * fontSize * leading + (lines > 1 ? PADDING_PT : 0));
}

/**
 * A row tall enough for every wrapped cell in it, at least `min` points, at most Excel's limit:
 * Excel does not grow a row for text a program wrote, so a sheet that wraps sizes its rows.
 */
export function rowHeightFor(cells: readonly RowCell[], min = DEFAULT_ROW_PT, leading?: number): number {
  const need = Math.max(
    0,
    ...cells.map((c) => linesHeight(wrapText(c.value, c.width, c).length, c.fontSize, leading ?? lineFactor(c.value))),
  );
  return Math.min(MAX_ROW_PT, Math.max(min, need));
}

/** The line height a cell's text needs over its type size: taller where it holds CJK. */
function lineFactor(value: CellValue): number {
  return typeof value === "string" && [...value].some(isWide) ? CJK_LINE : LATIN_LINE;
}
