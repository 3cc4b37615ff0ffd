import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import { fitColumnWidths, totalWidth } from "../../plan/columnFit";
import { rowHeightFor } from "../../plan/rowHeight";
import type { ColumnWidth, PageSetup, SheetWrite } from "../../plan/writePlan";
import { drawingLayout, drawRostrum, NAME_SIZES } from "./daisDrawing";
import {
  DAIS_SHEET_NAME,
  LIST_HEADERS,
  LIST_TITLE,
  NOBODY,
  NOTE_PREFIX,
  rankLabel,
  seatLabel,
  settingsLine,
  TENT_SHEET_NAME,
  tentsPointer,
  VIEWING_SIDE,
} from "./daisLabels";
import type { DaisPlan, DaisSeat } from "./daisPlan";
import { SheetCanvas } from "./sheetCanvas";

export interface DaisSheetInput {
  plan: DaisPlan;
  target: OutputTarget;
  lang: Lang;
  /** Shown in the title, e.g. the meeting's name. */
  eventName?: string;
  /** The sheet the table tents go on (桌签 / Table Tents unless that name was taken). */
  tentSheetName?: string;
}

const LABEL_WIDTH = 14;
/** A seat is at least this wide, and grows (up to the widest) to hold its name at the largest size. */
const SEAT_WIDTH = { min: 14, max: 18 };
const LIST_COLS = LIST_HEADERS.zh.length;

/**
 * The 主席台座次 / Dais Seating sheet: the title and the side it is drawn from, the conventions
 * used and any problems; the rostrum drawn row by row as seen from the audience; the list of
 * seats, and where the table tents are (their own sheet, printed one per page at full size).
 */
export function daisSheet(input: DaisSheetInput): SheetWrite {
  const { plan, lang } = input;
  const canvas = new SheetCanvas();
  const names = plan.rows.flatMap((row) => row.seats.map((s) => [s.person.printed]));
  const [seatWidth] = fitColumnWidths(names, [SEAT_WIDTH], () => ({ fontSize: NAME_SIZES[0], bold: true }));
  const seatCols = Math.max(drawingLayout(plan.rows).endCol, LIST_COLS);
  const widths = [LABEL_WIDTH, ...Array<number>(seatCols - 1).fill(seatWidth)];
  canvas.set(0, 0, `${DAIS_SHEET_NAME[lang]}${input.eventName ? ` — ${input.eventName}` : ""}`);
  canvas.format(0, 0, 1, 1, { bold: true, fontSize: 16 });
  canvas.set(1, 0, VIEWING_SIDE[lang]);
  canvas.format(1, 0, 1, 1, { bold: true, fontColor: "#C00000" });
  canvas.set(
    2,
    0,
    settingsLine(
      plan.settings,
      lang,
      plan.rows.some((r) => r.seats.length % 2 === 0),
    ),
  );
  canvas.format(2, 0, 1, 1, { fontColor: "#595959" });
  let r = 4;
  // A problem's note runs across the drawing's width and wraps, so it never widens the page.
  for (const p of plan.problems) {
    const note = `${NOTE_PREFIX[lang]}${p.message[lang]}`;
    canvas.set(r, 0, note);
    canvas.format(r, 0, 1, 1, { fontColor: p.severity === "info" ? "#595959" : "#C00000", wrap: true, vertical: "top" });
    canvas.merge(r, 0, 1, seatCols);
    canvas.atLeast(r, rowHeightFor([{ value: note, width: totalWidth(widths) }]));
    r++;
  }
  if (plan.problems.length > 0) r++;

  const bySeat = plan.rows.flatMap((row) => row.seats.map((seat) => ({ rowNumber: row.rowNumber, seat })));
  if (bySeat.length === 0) {
    canvas.set(r, 0, NOBODY[lang]);
    canvas.format(r, 0, 1, 1, { bold: true });
  } else {
    r = drawRostrum(canvas, r, plan.rows, lang, seatWidth) + 2;
    r = drawList(canvas, r, bySeat, lang, widths) + 1;
    canvas.set(r, 0, tentsPointer(input.tentSheetName ?? TENT_SHEET_NAME[lang], lang));
    canvas.format(r, 0, 1, 1, { italic: true, fontColor: "#595959" });
  }

  const columnWidths: ColumnWidth[] = widths.map((width, col) => ({ col, width }));
  // Landscape and one page wide, so the whole rostrum is drawn on one page.
  const page: PageSetup = { orientation: "landscape", fitToWidth: true, centerHorizontally: true };
  return canvas.toSheet(input.target, { columnWidths, page, activate: true });
}

/** The seats in order (front row first, each from the audience's left). Returns the next free row. */
function drawList(
  canvas: SheetCanvas,
  top: number,
  seats: readonly { rowNumber: number; seat: DaisSeat }[],
  lang: Lang,
  widths: readonly number[],
): number {
  canvas.set(top, 0, LIST_TITLE[lang]);
  canvas.format(top, 0, 1, 1, { bold: true, fontSize: 13 });
  LIST_HEADERS[lang].forEach((h, c) => canvas.set(top + 1, c, h));
  canvas.format(top + 1, 0, 1, LIST_COLS, { bold: true, fill: "#D9D9D9", border: true });
  seats.forEach(({ rowNumber, seat }, i) => {
    const r = top + 2 + i;
    canvas.set(r, 0, seatLabel(rowNumber, seat.seatNumber, lang));
    canvas.set(r, 1, rankLabel(seat, lang));
    canvas.set(r, 2, seat.person.name);
    canvas.set(r, 3, seat.person.title);
    canvas.set(r, 4, seat.person.organisation);
    const cells = [seat.person.name, seat.person.title, seat.person.organisation];
    canvas.atLeast(r, rowHeightFor(cells.map((value, k) => ({ value, width: widths[2 + k] }))));
  });
  canvas.format(top + 2, 0, seats.length, LIST_COLS, { border: true, vertical: "top" });
  canvas.format(top + 2, 2, seats.length, LIST_COLS - 2, { wrap: true });
  return top + 2 + seats.length;
}
