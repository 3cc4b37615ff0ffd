import type { Lang } from "../../i18n";
import type { RowHeight } from "../../plan/writePlan";
import type { DaisSeat } from "./daisPlan";
import { seatLabel, TENTS_NOTE, TENTS_TITLE } from "./daisLabels";
import type { SheetCanvas } from "./sheetCanvas";

/** The column a tent's name is centred on; its large text spills over the empty cells either side. */
export const TENT_COL = 2;

const HEADING_FONT = 13;
const CAPTION_FONT = 9;
const TITLE_FONT = 18;
/** Rows per tent: caption, blank, name, title, two blank. */
const TENT_ROWS = 6;

/** Large print for short names; long (usually Latin) names a size smaller so they stay on the page. */
export function tentFontSize(name: string): number {
  return [...name].length <= 6 ? 60 : 44;
}

/**
 * A row height that holds one line of this font size: the glyphs plus Excel's line spacing,
 * about 1.3 × the size (Calibri 11 sits in the standard 15 pt row).
 */
export function fittingHeight(fontSize: number): number {
  return Math.round(fontSize * 13) / 10;
}

/** Where the rows of the i-th tent are, for a tents section starting at `top`. */
function tentRows(top: number, i: number): { caption: number; name: number; title: number } {
  const caption = top + 3 + i * TENT_ROWS;
  return { caption, name: caption + 2, title: caption + 3 };
}

type TentSeat = { rowNumber: number; seat: DaisSeat };

/**
 * Table tents (桌签): per seat, a small caption saying where it goes, then the name in large
 * print and the title under it, with blank rows between tents. Returns the next free row.
 */
export function drawTents(canvas: SheetCanvas, top: number, seats: readonly TentSeat[], lang: Lang): number {
  canvas.set(top, 0, TENTS_TITLE[lang]);
  canvas.format(top, 0, 1, 1, { bold: true, fontSize: HEADING_FONT });
  canvas.set(top + 1, 0, TENTS_NOTE[lang]);
  canvas.format(top + 1, 0, 1, 1, { italic: true, fontColor: "#595959" });
  seats.forEach(({ rowNumber, seat }, i) => {
    const at = tentRows(top, i);
    canvas.set(at.caption, 0, seatLabel(rowNumber, seat.seatNumber, lang));
    canvas.format(at.caption, 0, 1, 1, { fontSize: CAPTION_FONT, fontColor: "#808080" });
    canvas.set(at.name, TENT_COL, seat.person.name);
    canvas.format(at.name, TENT_COL, 1, 1, {
      bold: true,
      fontSize: tentFontSize(seat.person.name),
      horizontal: "center",
      vertical: "center",
    });
    if (seat.person.title) {
      canvas.set(at.title, TENT_COL, seat.person.title);
      canvas.format(at.title, TENT_COL, 1, 1, { fontSize: TITLE_FONT, horizontal: "center" });
    }
  });
  return tentRows(top, seats.length).caption;
}

/**
 * The heights the tents drawn by drawTents at `top` need: without them a standard 15 pt row
 * holds the 60 pt name, which then prints over the caption and the title line. Each row with
 * text gets the height of its font (the caption's small print a shorter row).
 */
export function tentRowHeights(top: number, seats: readonly TentSeat[]): RowHeight[] {
  const heights: RowHeight[] = [{ row: top, height: fittingHeight(HEADING_FONT) }];
  seats.forEach(({ seat }, i) => {
    const at = tentRows(top, i);
    heights.push({ row: at.caption, height: fittingHeight(CAPTION_FONT) });
    heights.push({ row: at.name, height: fittingHeight(tentFontSize(seat.person.name)) });
    if (seat.person.title) heights.push({ row: at.title, height: fittingHeight(TITLE_FONT) });
  });
  return heights;
}

/** Page breaks for tents drawn at `top`: the section starts a page, and every tent after the first has its own. */
export function tentBreaks(top: number, count: number): number[] {
  return [top, ...Array.from({ length: Math.max(0, count - 1) }, (_, i) => tentRows(top, i + 1).caption)];
}
