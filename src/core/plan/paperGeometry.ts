import type { PageMargins, PaperSize } from "./writePlan";

export const PT_PER_MM = 72 / 25.4;
export const MM_PER_PT = 25.4 / 72;

/** Paper in millimetres, portrait. */
const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
  Letter: { width: 215.9, height: 279.4 },
};

/**
 * The points a column of this many characters prints across, taken as the wider of two hosts:
 * Excel rounds Calibri 11's digit to 7 px (5.25 pt a character, 3.75 pt of margin), LibreOffice
 * keeps its true 5.58 pt. A sheet laid out to fit a page at 100 % must fit it in both.
 */
export function columnPoints(chars: number): number {
  return chars * 5.6 + 3.75;
}

/** The points between a page's margins, across and down. */
export function printableArea(
  paper: PaperSize,
  orientation: "portrait" | "landscape",
  margins: PageMargins,
): { width: number; height: number } {
  const p = PAPER_MM[paper];
  const [w, h] = orientation === "portrait" ? [p.width, p.height] : [p.height, p.width];
  return { width: (w - margins.left - margins.right) * PT_PER_MM, height: (h - margins.top - margins.bottom) * PT_PER_MM };
}

/**
 * The whole percentage (10–100) at which these columns fit a page this many points wide: a sheet
 * with its own page breaks prints at a scale rather than "fit to width", which Excel would
 * honour by dropping the breaks.
 */
export function scaleToWidth(widths: readonly number[], pageWidth: number): number {
  const needed = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  return Math.max(10, Math.min(100, Math.floor((pageWidth / needed) * 100)));
}

/** The points of rows a page is filled with: a little short of its height, for hosts that round row heights up. */
export function rowsHeight(area: { height: number }): number {
  return area.height * 0.95;
}
