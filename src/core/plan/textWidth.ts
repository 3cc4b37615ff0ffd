import { isBlank, type CellValue } from "../cellValue";

/** Chinese, Japanese and Korean characters and full-width forms: about twice a Latin letter. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Whether a character takes two character cells (one em) rather than one. */
export function isWide(ch: string): boolean {
  return WIDE.test(ch) || ch.codePointAt(0)! > 0xffff;
}

/**
 * Display width in character cells (Excel's column-width unit): CJK and full-width characters
 * take two. Excel does not grow a row for wrapped text a program wrote, so the sheets that wrap
 * text size their rows from this.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch) ? 2 : 1;
  return w;
}

/** Lines a wrapped cell of this width (in characters) needs, explicit line breaks included. */
export function wrappedLines(v: CellValue, width: number): number {
  if (isBlank(v)) return 1;
  const usable = Math.max(1, width - 1);
  return String(v)
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}
