import { isBlank, type CellValue } from "../../cellValue";
import { rowHeightFor } from "../../plan/rowHeight";
import type { FormatSpec, RangeRef, RowHeight } from "../../plan/writePlan";
import { COLUMN_WIDTHS, PRINT_COLS, SHEET_COLS, VALUE_COL, VALUE_SPAN } from "./layout";

/** A row tall enough for its wrapped cells (column B measured across C–E when they are merged into it). */
export function rowHeightOf(cells: readonly CellValue[], min: number, spanned = false): number {
  const widths = spanned ? [...COLUMN_WIDTHS.slice(0, VALUE_COL), VALUE_SPAN] : COLUMN_WIDTHS.slice(0, PRINT_COLS);
  return rowHeightFor(
    widths.map((width, i) => ({ value: cells[i] ?? "", width })),
    min,
  );
}

/** Rows of the minutes sheet as they are laid down, top to bottom, with their formats, merges and heights. */
export class Canvas {
  readonly rows: CellValue[][] = [];
  readonly formats: FormatSpec[] = [];
  readonly heights: RowHeight[] = [];
  readonly merges: RangeRef[] = [];
  /** Headings, with how many rows after each must share its page. */
  readonly keepWithNext = new Map<number, number>();

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

  /**
   * Adds a label-and-text row whose text runs across the table: column B merged with C–E when
   * nothing is written there (a recorder's entries in C–E are never hidden under a merge).
   */
  addSpanned(cells: readonly CellValue[], min: number): number {
    const spanned = cells.slice(VALUE_COL + 1, PRINT_COLS).every((v) => isBlank(v));
    const row = this.add(cells, rowHeightOf(cells, min, spanned));
    if (spanned) this.merges.push({ row, col: VALUE_COL, rows: 1, cols: PRINT_COLS - VALUE_COL });
    return row;
  }

  format(row: number, col: number, rows: number, cols: number, spec: Omit<FormatSpec, "range">): void {
    if (rows > 0 && cols > 0) this.formats.push({ range: { row, col, rows, cols }, ...spec });
  }
}
