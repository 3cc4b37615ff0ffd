/**
 * Excel measures column width in characters of the default font's widest digit (Calibri 11:
 * 7 px) plus 5 px of padding; Office.js sets it in points (0.75 pt per px at 96 dpi).
 */
const DIGIT_PX = 7;
const PADDING_PX = 5;
const PT_PER_PX = 0.75;

export function charsToPoints(chars: number): number {
  if (chars <= 0) return 0;
  return (Math.round(chars * DIGIT_PX) + PADDING_PX) * PT_PER_PX;
}

export function pointsToChars(points: number): number {
  if (points <= 0) return 0;
  return Math.max(0, (points / PT_PER_PX - PADDING_PX) / DIGIT_PX);
}
