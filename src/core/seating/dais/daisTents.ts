import type { Lang } from "../../i18n";
import type { DaisSeat } from "./daisPlan";
import { seatLabel, TENTS_NOTE, TENTS_TITLE } from "./daisLabels";
import type { SheetCanvas } from "./sheetCanvas";

/** The column a tent's name is centred on; its large text spills over the empty cells either side. */
export const TENT_COL = 2;

/** Large print for short names; long (usually Latin) names a size smaller so they stay on the page. */
export function tentFontSize(name: string): number {
  return [...name].length <= 6 ? 60 : 44;
}

/**
 * Table tents (桌签): per seat, a small caption saying where it goes, then the name in large
 * print and the title under it, with blank rows between tents. Returns the next free row.
 */
export function drawTents(canvas: SheetCanvas, top: number, seats: readonly { rowNumber: number; seat: DaisSeat }[], lang: Lang): number {
  canvas.set(top, 0, TENTS_TITLE[lang]);
  canvas.format(top, 0, 1, 1, { bold: true, fontSize: 13 });
  canvas.set(top + 1, 0, TENTS_NOTE[lang]);
  canvas.format(top + 1, 0, 1, 1, { italic: true, fontColor: "#595959" });
  let r = top + 3;
  for (const { rowNumber, seat } of seats) {
    canvas.set(r, 0, seatLabel(rowNumber, seat.seatNumber, lang));
    canvas.format(r, 0, 1, 1, { fontSize: 9, fontColor: "#808080" });
    canvas.set(r + 2, TENT_COL, seat.person.name);
    canvas.format(r + 2, TENT_COL, 1, 1, {
      bold: true,
      fontSize: tentFontSize(seat.person.name),
      horizontal: "center",
      vertical: "center",
    });
    if (seat.person.title) {
      canvas.set(r + 3, TENT_COL, seat.person.title);
      canvas.format(r + 3, TENT_COL, 1, 1, { fontSize: 18, horizontal: "center" });
    }
    r += 6;
  }
  return r;
}
