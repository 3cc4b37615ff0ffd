import { isBlank, type CellValue } from "../../cellValue";

const LINE_PT = 15;
/** Excel's tallest row. */
const MAX_ROW_PT = 409;

/** Display width in Excel's column units: CJK and full-width characters take about two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}

/** Lines a wrapped cell of this width needs (explicit line breaks included). */
export function wrappedLines(v: CellValue, width: number): number {
  if (isBlank(v)) return 1;
  const usable = Math.max(1, width - 1);
  return String(v)
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/** A row tall enough for its wrapped cells, at least `min` points; Excel does not grow rows written by a program. */
export function rowHeightFor(cells: readonly { value: CellValue; width: number }[], min: number): number {
  const lines = Math.max(1, ...cells.map((c) => wrappedLines(c.value, c.width)));
  return Math.min(MAX_ROW_PT, Math.max(min, lines * LINE_PT + 3));
}
