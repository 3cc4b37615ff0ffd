import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/cellValue";
import type { SheetWrite } from "../../core/plan/writePlan";
import { change } from "./writeFormats";

type Style = Partial<ExcelJS.Style>;

/**
 * The cells of a large output sheet, kept as the plan gives them instead of as ExcelJS cells
 * (100,000 rows are a million cell objects, then a million more while ExcelJS writes them).
 * Saving renders them straight into the sheet's part (package/directSheetData.ts); ExcelJS
 * holds the sheet's other features (widths, validations, panes, print settings) and, as
 * "carriers", one empty cell per distinct style, so that the styles it writes include them.
 */
export interface DirectCells {
  /** The plan's values, in order (a later block wins where two overlap). */
  values: SheetWrite["values"];
  /** Rectangle of the style grid: every cell a value or a format reaches. */
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** The style of each cell of the rectangle, row by row: an index into `styles`, 0 for none. */
  styleAt: Uint32Array;
  /** Distinct styles; styles[0] is no style. Carrier i (styles[i + 1]) is ExcelJS's cell A(i + 1). */
  styles: Style[];
  /** Row heights by 0-based row. */
  heights: Map<number, number>;
}

/** Output sheets of more cells than this are written directly when the caller asks for it (the command line does). */
export const DIRECT_CELLS = 20_000;

/** A write whose cells can be rendered directly: an output sheet of values and formats only. */
export function writesDirectly(sw: SheetWrite, threshold: number | undefined): boolean {
  if (threshold === undefined || sw.mode === "update") return false;
  if (sw.formulas?.length || sw.links?.length || sw.tables?.length || sw.checkboxes?.length) return false;
  const cells = sw.values.reduce((n, b) => n + b.values.length * (b.values[0]?.length ?? 0), 0);
  return cells > threshold;
}

export function directCells(sw: SheetWrite): DirectCells {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  const grow = (row: number, col: number, rows: number, cols: number) => {
    if (rows <= 0 || cols <= 0) return;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row + rows - 1);
    right = Math.max(right, col + cols - 1);
  };
  for (const b of sw.values) grow(b.row, b.col, b.values.length, b.values[0]?.length ?? 0);
  for (const f of sw.formats ?? []) grow(f.range.row, f.range.col, f.range.rows, f.range.cols);
  if (bottom < 0) [top, left, bottom, right] = [0, 0, -1, -1];
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const styleAt = new Uint32Array(Math.max(0, rows * cols));
  const styles: Style[] = [{}];
  // The same steps as writeFormats on ExcelJS cells: each format changes a cell's style as it is then.
  (sw.formats ?? []).forEach((spec) => {
    const apply = change(spec);
    const next = new Map<number, number>();
    const { row, col } = spec.range;
    for (let r = row; r < row + spec.range.rows; r++) {
      for (let c = col; c < col + spec.range.cols; c++) {
        const at = (r - top) * cols + (c - left);
        const from = styleAt[at];
        let to = next.get(from);
        if (to === undefined) {
          to = styles.push(apply({ ...styles[from] })) - 1;
          next.set(from, to);
        }
        styleAt[at] = to;
      }
    }
  });
  return {
    values: sw.values,
    top,
    left,
    rows,
    cols,
    styleAt,
    styles,
    heights: new Map((sw.rowHeights ?? []).map((h) => [h.row, h.height])),
  };
}

/** The carriers: one empty cell per style in column A, which ExcelJS writes with that style's index. */
export function writeCarriers(ws: ExcelJS.Worksheet, direct: DirectCells): void {
  direct.styles.forEach((style, i) => {
    if (i > 0) ws.getCell(i, 1).style = style as ExcelJS.Style;
  });
}

/** What the plan put in a cell (0-based) of a directly written sheet. */
export function directValue(direct: DirectCells, row: number, col: number): CellValue {
  let value: CellValue = "";
  for (const b of direct.values) {
    const v = b.values[row - b.row]?.[col - b.col];
    if (v !== undefined) value = v;
  }
  return value;
}
