/** Display width in character cells: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1;
  return w;
}

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const DEFAULT_FONT = 11;

/**
 * A row height (pt) that shows the whole wrapped text in a column of the given width (in
 * characters of the default font): Excel does not grow a row for wrapped text it did not lay out
 * itself, and a cut-off notice prints cut off.
 */
export function wrappedHeight(text: string, columnWidth: number, opts: { minimum?: number; fontSize?: number } = {}): number {
  const size = opts.fontSize ?? DEFAULT_FONT;
  const perLine = Math.max(1, ((columnWidth - 2) * DEFAULT_FONT) / size);
  const lines = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / perLine)), 0);
  return Math.min(409, Math.max(opts.minimum ?? 20, Math.ceil(lines * size * 1.45) + 4));
}
