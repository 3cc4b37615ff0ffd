import type ExcelJS from "exceljs";
import type { RangeRef } from "../../core/plan/writePlan";

/**
 * Each range merged into one cell. Without style: a merged cell's borders and fills are those
 * of each of its cells (the formats that follow set them), and in a sheet written directly the
 * cells of column A carry styles that must stay their own (directCells.ts).
 */
export function writeMerges(ws: ExcelJS.Worksheet, merges: readonly RangeRef[]): void {
  for (const m of merges) {
    if (m.rows * m.cols > 1) ws.mergeCellsWithoutStyle(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  }
}
