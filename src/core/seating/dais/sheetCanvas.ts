import type { CellValue } from "../../cellValue";
import type { FormatSpec, ValueBlock } from "../../plan/writePlan";

/** A sheet drawn cell by cell, then written as one rectangular block (empty cells as ""). */
export class SheetCanvas {
  private readonly rows: CellValue[][] = [];
  readonly formats: FormatSpec[] = [];
  private width = 0;

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

  block(): ValueBlock {
    const values = this.rows.map((r) => Array.from({ length: this.width }, (_, c) => r[c] ?? ""));
    return { row: 0, col: 0, values };
  }
}
