import type { CellValue } from "../../cellValue";
import type { OutputTarget } from "../../plan/outputTarget";
import type { FormatSpec, RangeRef, RowHeight, SheetWrite, ValueBlock } from "../../plan/writePlan";

/** A sheet drawn cell by cell, then written as one rectangular block (empty cells as ""). */
export class SheetCanvas {
  private readonly rows: CellValue[][] = [];
  readonly formats: FormatSpec[] = [];
  readonly merges: RangeRef[] = [];
  private width = 0;
  private readonly tall = new Map<number, number>();

  get height(): number {
    return this.rows.length;
  }

  set(row: number, col: number, value: CellValue): void {
    while (this.rows.length <= row) this.rows.push([]);
    this.rows[row][col] = value;
    this.width = Math.max(this.width, col + 1);
  }

  format(row: number, col: number, rows: number, cols: number, spec: Omit<FormatSpec, "range">): void {
    if (rows > 0 && cols > 0) this.formats.push({ range: { row, col, rows, cols }, ...spec });
  }

  /** Cells merged into one (the value is the top-left cell's). */
  merge(row: number, col: number, rows: number, cols: number): void {
    if (rows * cols > 1) this.merges.push({ row, col, rows, cols });
  }

  /** The row at least this tall (points): the tallest of what its cells asked for. */
  atLeast(row: number, height: number): void {
    this.tall.set(row, Math.max(height, this.tall.get(row) ?? 0));
  }

  /** Heights asked for, by row. */
  get rowHeights(): RowHeight[] {
    return [...this.tall].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
  }

  block(): ValueBlock {
    const values = this.rows.map((r) => Array.from({ length: this.width }, (_, c) => r[c] ?? ""));
    return { row: 0, col: 0, values };
  }

  /** The drawing as the sheet to write: its cells, formats, merges and heights, and the rest given. */
  toSheet(target: OutputTarget, rest: Omit<Partial<SheetWrite>, keyof OutputTarget>): SheetWrite {
    return { ...target, values: [this.block()], formats: this.formats, merges: this.merges, rowHeights: this.rowHeights, ...rest };
  }
}
