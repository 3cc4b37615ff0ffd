import { isBlank, type CellValue } from "../cellValue";
import { DEFAULT_ROW_PT, heightCell, rowHeightFor } from "./rowHeight";
import type { TextStyle } from "./textWrap";
import type { RangeRef, RowHeight } from "./writePlan";

/** How a cell of a grid prints: its type, and whether it wraps (a cell that does not wrap keeps one line). */
export interface GridCellStyle extends TextStyle {
  wrap?: boolean;
}

/**
 * Text that ends a row, with nothing after it, runs across the rest of the table's width as one
 * merged cell: a note beside a figure, a heading, a sentence under a table. Left in one cell it
 * would spill past the table and make "fit to one page wide" shrink the whole sheet.
 */
export function trailingTextMerges(grid: readonly (readonly CellValue[])[], cols: number, fromRow = 0): RangeRef[] {
  const merges: RangeRef[] = [];
  for (let row = fromRow; row < grid.length; row++) {
    const line = grid[row] ?? [];
    let last = -1;
    for (let c = 0; c < Math.min(line.length, cols); c++) if (!isBlank(line[c])) last = c;
    if (last < 0 || last === cols - 1 || typeof line[last] !== "string") continue;
    merges.push({ row, col: last, rows: 1, cols: cols - last });
  }
  return merges;
}

/**
 * The row heights a grid needs so every wrapped cell shows whole (a merged cell measured across
 * its span); rows that one line fills keep Excel's default and are left out.
 */
export function gridRowHeights(
  grid: readonly (readonly CellValue[])[],
  widths: readonly number[],
  merges: readonly RangeRef[],
  style: (row: number, col: number) => GridCellStyle,
): RowHeight[] {
  const spanAt = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of merges) {
    if (m.rows !== 1) continue;
    let w = 0;
    for (let c = m.col; c < m.col + m.cols; c++) {
      w += widths[c] ?? 0;
      if (c > m.col) covered.add(`${m.row}:${c}`);
    }
    spanAt.set(`${m.row}:${m.col}`, w);
  }
  const heights: RowHeight[] = [];
  grid.forEach((line, row) => {
    const cells = line.flatMap((value, col) => {
      if (isBlank(value) || covered.has(`${row}:${col}`)) return [];
      return [heightCell(value, spanAt.get(`${row}:${col}`) ?? widths[col] ?? 0, style(row, col))];
    });
    const height = rowHeightFor(cells);
    if (height > DEFAULT_ROW_PT) heights.push({ row, height });
  });
  return heights;
}
