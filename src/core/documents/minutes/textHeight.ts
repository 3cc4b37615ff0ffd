import type { CellValue } from "../../cellValue";
import { wrappedLines } from "../../plan/textWidth";

const LINE_PT = 15;
/** Excel's tallest row. */
const MAX_ROW_PT = 409;

/** A row tall enough for its wrapped cells, at least `min` points; Excel does not grow rows written by a program. */
export function rowHeightFor(cells: readonly { value: CellValue; width: number }[], min: number): number {
  const lines = Math.max(1, ...cells.map((c) => wrappedLines(c.value, c.width)));
  return Math.min(MAX_ROW_PT, Math.max(min, lines * LINE_PT + 3));
}
