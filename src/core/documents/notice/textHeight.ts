import { displayWidth } from "../../plan/textWidth";

const DEFAULT_FONT = 11;

/**
 * A row height (pt) that shows the whole wrapped text in a column of the given width (in
 * characters of the default font): Excel does not grow a row for wrapped text it did not lay out
 * itself, and a cut-off notice prints cut off.
 */
export function wrappedHeight(
  text: string,
  columnWidth: number,
  opts: { minimum?: number; fontSize?: number; leading?: number } = {},
): number {
  const size = opts.fontSize ?? DEFAULT_FONT;
  const perLine = Math.max(1, ((columnWidth - 2) * DEFAULT_FONT) / size);
  const lines = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / perLine)), 0);
  return Math.min(409, Math.max(opts.minimum ?? 20, Math.ceil(lines * size * (opts.leading ?? 1.45)) + 4));
}
