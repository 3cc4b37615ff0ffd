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

/**
 * Calibri's advance widths (Carlito's, metric for metric) of the printable ASCII characters,
 * space to "~", in hundredths of its digit's width — the digit Excel measures columns by.
 */
const LATIN_WIDTHS = [
  45, 64, 79, 98, 100, 141, 135, 44, 60, 60, 98, 98, 49, 60, 50, 76, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 53, 53, 98, 98, 98,
  91, 176, 114, 107, 105, 121, 96, 91, 124, 123, 50, 63, 103, 83, 169, 127, 131, 102, 133, 107, 91, 96, 127, 112, 176, 102, 96, 92, 61, 76,
  61, 98, 98, 57, 95, 104, 83, 104, 98, 60, 93, 104, 45, 47, 90, 45, 158, 104, 104, 104, 104, 69, 77, 66, 104, 89, 141, 85, 89, 78, 62, 91,
  62, 98,
];
/** A CJK character is one em: 14.67 px at 11 pt, over two 7 px digits (kept on the safe side). */
const WIDE_UNITS = 2.095;
/** Other characters (accents, dashes, curly quotes): a little over a digit, to be safe. */
const OTHER_UNITS = 1.1;

/**
 * How wide text prints in the default 11 pt font, in Excel's column-width units: from Calibri's
 * own metrics for Latin text (an English sentence averages about 0.8 of a unit a character) and
 * one em for CJK. Layout sizes rows and columns by this, so English rows are not padded for
 * letters twice the width of an "i".
 */
export function printedWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code <= 126) w += LATIN_WIDTHS[code - 32] / 100;
    else w += isWide(ch) ? WIDE_UNITS : OTHER_UNITS;
  }
  return w;
}
