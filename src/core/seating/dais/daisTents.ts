import { isWide } from "../../plan/textWidth";
/**
 * How large a table tent's text can be. A tent is printed on landscape A4 at 100 % in one wide
 * column; its name is set as large as the column's width allows, up to what the lower half of
 * the page (the side facing the audience once folded) can hold.
 */

/** Column A of the tent sheet, in characters of the default font (Excel's column width unit). */
export const TENT_COLUMN_WIDTH = 120;

/**
 * The width text may take, in points. The column is about 7 px per character + 5 px at 96 dpi
 * (Calibri 11): 120 → 845 px → 634 pt, inside the 741 pt between landscape A4's default 0.7"
 * margins (and Letter's 691 pt). A tenth is kept free for the cell's padding and wide glyphs.
 */
export const TENT_TEXT_WIDTH = 570;

/** The largest name: two to four Chinese characters at this size fill a good part of the page. */
export const MAX_NAME_FONT = 120;
const MIN_NAME_FONT = 20;
export const MAX_TITLE_FONT = 28;
const MIN_TITLE_FONT = 10;

/** The width of a text in ems: about 1 per CJK character, 0.55 per Latin letter (capitals 0.65), 0.3 per space. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += isWide(ch) ? 1 : ch === " " ? 0.3 : /\p{Lu}/u.test(ch) ? 0.65 : 0.55;
  return ems;
}

/** The largest whole font size (within min..max) at which the text fits the tent's width. */
function fittingFont(text: string, min: number, max: number): number {
  const ems = textEms(text.trim());
  if (ems === 0) return max;
  return Math.max(min, Math.min(max, Math.floor(TENT_TEXT_WIDTH / ems)));
}

/** The name's size: 120 pt for short names, smaller as a (usually Latin) name gets longer. */
export function tentFontSize(name: string): number {
  return fittingFont(name, MIN_NAME_FONT, MAX_NAME_FONT);
}

/** The title under the name, at most 28 pt, smaller when long. */
export function titleFontSize(title: string): number {
  return fittingFont(title, MIN_TITLE_FONT, MAX_TITLE_FONT);
}

/**
 * A row height that holds one line of this font size: the glyphs plus Excel's line spacing,
 * about 1.3 × the size (Calibri 11 sits in the standard 15 pt row).
 */
export function fittingHeight(fontSize: number): number {
  return Math.round(fontSize * 13) / 10;
}
