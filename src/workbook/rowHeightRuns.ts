import type { RowHeight } from "../core/plan/writePlan";

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Excel's last row, 0-based. */
const LAST_ROW = 1_048_575;

/**
 * A row on the sheet and a height Excel can store for it: above 0 (a plan shows its rows; a
 * height of 0 would hide one) up to 409 pt.
 */
export function isValidRowHeight(h: RowHeight): boolean {
  const rowOk = Number.isInteger(h.row) && h.row >= 0 && h.row <= LAST_ROW;
  return rowOk && Number.isFinite(h.height) && h.height > 0 && h.height <= MAX_ROW_HEIGHT;
}

/** Consecutive rows sharing one height, set as one range. */
export interface RowHeightRun {
  row: number;
  rows: number;
  height: number;
}

/**
 * The plan's row heights as runs of consecutive rows with the same height, top to bottom, so
 * a sheet of equally tall rows costs one operation. A row listed twice takes its last height.
 */
export function rowHeightRuns(heights: readonly RowHeight[]): RowHeightRun[] {
  const byRow = new Map<number, number>();
  for (const h of heights) byRow.set(h.row, h.height);
  const runs: RowHeightRun[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const height = byRow.get(row)!;
    const last = runs[runs.length - 1];
    if (last && last.row + last.rows === row && last.height === height) last.rows++;
    else runs.push({ row, rows: 1, height });
  }
  return runs;
}
