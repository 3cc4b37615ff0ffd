import type { Lang } from "../../i18n";
import { rowHeightFor } from "../../plan/rowHeight";
import { fitsWidth } from "../../plan/textWrap";
import type { DaisRow } from "./daisPlan";
import { AUDIENCE, rankLabel, rowLabel } from "./daisLabels";
import type { SheetCanvas } from "./sheetCanvas";

/** A seat's name is set large; a rostrum of long Latin names steps down so they stay on one line. */
export const NAME_SIZES = [14, 12] as const;

/** The largest name size at which every name fits its seat on one line (names that fit at none wrap at the smallest). */
export function nameFontSize(rows: readonly DaisRow[], seatWidth: number): number {
  const names = rows.flatMap((r) => r.seats.map((s) => s.person.printed));
  return (
    NAME_SIZES.find((fontSize) => names.every((n) => fitsWidth(n, seatWidth, { fontSize, bold: true }))) ??
    NAME_SIZES[NAME_SIZES.length - 1]
  );
}

/** The first sheet column of the drawn seats; column A holds the row labels. */
export const FIRST_SEAT_COL = 1;

export interface DrawingLayout {
  /** Per plan row (front row first): the sheet column of its first seat. */
  firstCol: number[];
  /** The column under the stage's centre line (rounded towards the audience's left). */
  centreCol: number;
  /** One past the last seat column used. */
  endCol: number;
}

/**
 * Rows are lined up on the stage's centre line, so a short back row sits centred behind a long
 * front row and an asymmetric row (variant C, a chair at one end) shows its offset. A row whose
 * centre falls half a seat off the others is shifted towards the audience's left.
 */
export function drawingLayout(rows: readonly DaisRow[]): DrawingLayout {
  const reach = Math.max(0, ...rows.map((r) => r.stageCentre));
  const firstCol = rows.map((r) => FIRST_SEAT_COL + Math.floor(reach - r.stageCentre));
  const endCol = Math.max(FIRST_SEAT_COL, ...rows.map((r, i) => firstCol[i] + r.seats.length));
  return { firstCol, centreCol: FIRST_SEAT_COL + Math.floor(reach), endCol };
}

/**
 * Draws the rostrum from the top of the page (the back row, farthest from the audience) to the
 * front row, then the audience marker. Each seat: its rank above, then a bordered block of the
 * name and the title. Returns the next free row.
 */
export function drawRostrum(canvas: SheetCanvas, top: number, rows: readonly DaisRow[], lang: Lang, seatWidth: number): number {
  const layout = drawingLayout(rows);
  const nameSize = nameFontSize(rows, seatWidth);
  let r = top;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    const first = layout.firstCol[i];
    const n = row.seats.length;
    canvas.set(r + 1, 0, rowLabel(row.rowNumber, rows.length, lang));
    row.seats.forEach((seat, k) => {
      canvas.set(r, first + k, rankLabel(seat, lang));
      canvas.set(r + 1, first + k, seat.person.printed);
      canvas.set(r + 2, first + k, seat.person.title);
      canvas.atLeast(r, rowHeightFor([{ value: rankLabel(seat, lang), width: seatWidth, fontSize: 9 }]));
      canvas.atLeast(r + 1, rowHeightFor([{ value: seat.person.printed, width: seatWidth, fontSize: nameSize, bold: true }], 24));
      canvas.atLeast(r + 2, rowHeightFor([{ value: seat.person.title, width: seatWidth, fontSize: 10 }]));
    });
    canvas.format(r, first, 1, n, { horizontal: "center", fontColor: "#595959", fontSize: 9 });
    canvas.format(r + 1, first, 2, n, { horizontal: "center", vertical: "center", border: true, wrap: true });
    canvas.format(r + 1, first, 1, n, { bold: true, fontSize: nameSize });
    canvas.format(r + 2, first, 1, n, { fontSize: 10 });
    canvas.format(r + 1, 0, 1, 1, { bold: true });
    r += 4;
  }
  canvas.set(r, layout.centreCol, AUDIENCE[lang]);
  canvas.format(r, layout.centreCol, 1, 1, { bold: true, horizontal: "center", fill: "#EDEDED" });
  return r + 1;
}
