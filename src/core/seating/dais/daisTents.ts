import { isWide } from "../../plan/textWidth";
/**
 * How large a table tent's text can be. A tent is a portrait A4 page folded down its middle and
 * stood on its long edges: each half is one face, the name turned to run along the page's
 * length, so it is as large as the face's height allows, and as long as the page.
 */

/** Columns of a tent, in characters of the default font: title, name, fold, name, title. */
export const TENT_COLUMNS = { title: 11, name: 32, fold: 1 } as const;

/** Points across a column of this width (7 px per character + 5 px at 96 dpi). */
export const columnPoints = (chars: number) => (chars * 7 + 5) * 0.75;

/**
 * Points along a tent's face: portrait A4 less 12 mm margins top and bottom (273 mm), less the
 * caption row and a little room, at 100 %.
 */
export const TENT_LENGTH = 720;

export const MAX_NAME_FONT = 150;
const MIN_NAME_FONT = 20;
export const MAX_TITLE_FONT = 40;
const MIN_TITLE_FONT = 10;

/** The width of a text in ems: about 1 per CJK character, 0.55 per Latin letter (capitals 0.65), 0.3 per space. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += isWide(ch) ? 1 : ch === " " ? 0.3 : /\p{Lu}/u.test(ch) ? 0.65 : 0.55;
  return ems;
}

/**
 * The largest whole size (within min..max) at which the turned text runs no longer than the
 * face (a tenth kept free) and its line no thicker than the column (1.3 × the size).
 */
function fittingFont(text: string, thickness: number, min: number, max: number): number {
  const ems = textEms(text.trim());
  const byThickness = Math.floor(thickness / 1.3);
  const byLength = ems === 0 ? max : Math.floor((TENT_LENGTH * 0.9) / ems);
  return Math.max(min, Math.min(max, byThickness, byLength));
}

/** The name's size: as thick as its column allows for short names, smaller as a name gets longer. */
export function tentFontSize(name: string): number {
  return fittingFont(name, columnPoints(TENT_COLUMNS.name) - 4, MIN_NAME_FONT, MAX_NAME_FONT);
}

/** The title beside the name (below it, on the face), smaller. */
export function titleFontSize(title: string): number {
  return fittingFont(title, columnPoints(TENT_COLUMNS.title) - 4, MIN_TITLE_FONT, MAX_TITLE_FONT);
}
