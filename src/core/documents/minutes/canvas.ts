import type { CellValue } from "../../cellValue";
import type { FormatSpec, RowHeight } from "../../plan/writePlan";
import { SHEET_COLS } from "./layout";

/** Rows of the minutes sheet as they are laid down, top to bottom, with their formats and heights. */
export class Canvas {
  readonly rows: CellValue[][] = [];
  readonly formats: FormatSpec[] = [];
  readonly heights: RowHeight[] = [];

  get next(): number {
    return this.rows.length;
  }

  /** Adds a row (padded to the sheet's width) and returns its index. */
  add(cells: readonly CellValue[], height?: number): number {
    const row = this.rows.length;
    this.rows.push(Array.from({ length: SHEET_COLS }, (_, c) => cells[c] ?? ""));
    if (height !== undefined) this.heights.push({ row, height });
    return row;
  }

  format(row: number, col: number, rows: number, cols: number, spec: Omit<FormatSpec, "range">): void {
    if (rows > 0 && cols > 0) this.formats.push({ range: { row, col, rows, cols }, ...spec });
  }
}
