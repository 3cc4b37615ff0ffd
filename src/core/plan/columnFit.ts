import { isBlank, type CellValue } from "../cellValue";
import { textChars, type TextStyle } from "./textWrap";

/** The narrowest and widest a column may be, in characters; text beyond the widest wraps. */
export interface ColumnRange {
  min: number;
  max: number;
}

/** Excel keeps about this many characters of a column as padding. */
const PADDING = 1.5;

/**
 * Column widths that fit each column's longest line — header and cells alike, in the type the
 * rows are set in — within each column's range: a name list prints without cutting a name, and a
 * column of long notes stops at its widest and wraps.
 */
export function fitColumnWidths(
  rows: readonly (readonly CellValue[])[],
  ranges: readonly ColumnRange[],
  style: (row: number, col: number) => TextStyle = () => ({}),
): number[] {
  const need = ranges.map((r) => r.min);
  rows.forEach((line, row) =>
    line.forEach((value, col) => {
      if (col >= ranges.length || isBlank(value)) return;
      const widest = Math.max(
        ...String(value)
          .split("\n")
          .map((l) => textChars(l, style(row, col))),
      );
      need[col] = Math.max(need[col], Math.ceil((widest + PADDING) * 2) / 2);
    }),
  );
  return need.map((w, col) => Math.min(ranges[col].max, w));
}

/** The width of columns side by side, in characters: what a title merged across them has. */
export function totalWidth(widths: readonly number[]): number {
  return widths.reduce((a, b) => a + b, 0);
}
