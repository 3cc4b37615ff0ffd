import type { CellValue } from "../cellValue";
import { wrapText, type TextStyle } from "./textWrap";

/** Excel's default row: one line of 11 pt Calibri. */
export const DEFAULT_ROW_PT = 15;
/** Excel's tallest row. */
export const MAX_ROW_PT = 409;
/** A line is this many times its font size tall: enough for CJK faces, whose lines run taller. */
const LINE_FACTOR = 1.35;
/** Space above and below a block of two or more lines (one line sits in a row of its own size). */
const PADDING_PT = 3;

/** A cell of a row: its text, the width it has (a merged span's whole width) and its type. */
export interface RowCell extends TextStyle {
  value: CellValue;
  width: number;
}

/** Points that this many lines of text need (`leading` the line height over the font size). */
export function linesHeight(lines: number, fontSize = 11, leading = LINE_FACTOR): number {
  return Math.ceil(lines * fontSize * leading + (lines > 1 ? PADDING_PT : 0));
}

/**
 * A row tall enough for every wrapped cell in it, at least `min` points, at most Excel's limit:
 * Excel does not grow a row for text a program wrote, so a sheet that wraps sizes its rows.
 */
export function rowHeightFor(cells: readonly RowCell[], min = DEFAULT_ROW_PT, leading = LINE_FACTOR): number {
  const need = Math.max(0, ...cells.map((c) => linesHeight(wrapText(c.value, c.width, c).length, c.fontSize, leading)));
  return Math.min(MAX_ROW_PT, Math.max(min, need));
}
