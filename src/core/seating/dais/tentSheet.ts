import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import type { PageSetup, RowHeight, SheetWrite } from "../../plan/writePlan";
import { seatLabel, TENT_NOBODY, TENT_NOTE } from "./daisLabels";
import type { DaisPlan, DaisSeat } from "./daisPlan";
import { fittingHeight, TENT_COLUMN_WIDTH, tentFontSize, titleFontSize } from "./daisTents";
import { SheetCanvas } from "./sheetCanvas";

export interface TentSheetInput {
  plan: DaisPlan;
  target: OutputTarget;
  lang: Lang;
  /** Shown in each tent's caption, e.g. the meeting's name. */
  eventName?: string;
}

/**
 * Landscape A4 with Excel's default margins (0.75" top and bottom) prints 487 pt of rows; the
 * page's middle, where the tent is folded, is 243.6 pt below the printed area's top.
 */
const PRINT_HEIGHT = 487;
const FOLD = 243.6;
const CAPTION_FONT = 10;
const CAPTION_HEIGHT = 16;
/** Rows per tent: caption, the blank upper half down to the fold, name, title. */
const TENT_ROWS = 4;
/** Row 0 is the printing note, outside the print area; the tents start under it. */
const FIRST_TENT = 1;

type TentSeat = { rowNumber: number; seat: DaisSeat };

/**
 * The 桌签 / Table Tents sheet: one tent per landscape page, in seat order (front row first, each
 * row from the audience's left). The upper half of a page stays blank but for a small caption
 * saying where the tent goes; the name and title sit centred in the lower half, which faces the
 * audience once the page is folded. Printed at 100 % so the name keeps its full size.
 */
export function tentSheet(input: TentSheetInput): SheetWrite {
  const { lang } = input;
  const seats: TentSeat[] = input.plan.rows.flatMap((row) => row.seats.map((seat) => ({ rowNumber: row.rowNumber, seat })));
  const canvas = new SheetCanvas();
  canvas.set(0, 0, TENT_NOTE[lang]);
  canvas.format(0, 0, 1, 1, { italic: true, fontColor: "#595959", wrap: true, vertical: "top" });
  const rowHeights: RowHeight[] = [{ row: 0, height: 30 }];
  const breaksBefore: number[] = [];
  if (seats.length === 0) {
    canvas.set(FIRST_TENT, 0, TENT_NOBODY[lang]);
    canvas.format(FIRST_TENT, 0, 1, 1, { bold: true });
  }
  seats.forEach((s, i) => {
    const top = FIRST_TENT + i * TENT_ROWS;
    if (i > 0) breaksBefore.push(top);
    rowHeights.push(...drawTent(canvas, top, s, lang, input.eventName));
  });
  const last = Math.max(FIRST_TENT + seats.length * TENT_ROWS, FIRST_TENT + 1);
  const page: PageSetup = {
    orientation: "landscape",
    fitToWidth: false,
    centerHorizontally: true,
    printArea: { row: FIRST_TENT, col: 0, rows: last - FIRST_TENT, cols: 1 },
    breaksBefore,
  };
  return {
    ...input.target,
    values: [canvas.block()],
    formats: canvas.formats,
    columnWidths: [{ col: 0, width: TENT_COLUMN_WIDTH }],
    rowHeights,
    page,
  };
}

/** One tent from row `top`; returns the heights of its rows. */
function drawTent(canvas: SheetCanvas, top: number, { rowNumber, seat }: TentSeat, lang: Lang, eventName?: string): RowHeight[] {
  const { printed: name, title } = seat.person;
  canvas.set(top, 0, [seatLabel(rowNumber, seat.seatNumber, lang), eventName].filter(Boolean).join("  ·  "));
  canvas.format(top, 0, 1, 1, { fontSize: CAPTION_FONT, fontColor: "#808080", horizontal: "center", vertical: "top" });
  const nameSize = tentFontSize(name);
  const titleSize = titleFontSize(title);
  canvas.set(top + 2, 0, name);
  canvas.format(top + 2, 0, 1, 1, { bold: true, fontSize: nameSize, horizontal: "center", vertical: "center" });
  canvas.set(top + 3, 0, title);
  canvas.format(top + 3, 0, 1, 1, { fontSize: titleSize, horizontal: "center", vertical: "top" });
  const nameHeight = fittingHeight(nameSize);
  const titleHeight = title ? fittingHeight(titleSize) : 0;
  // The name and title centred in the lower half of the page, below the fold.
  const gap = Math.max(0, (PRINT_HEIGHT - FOLD - nameHeight - titleHeight) / 2);
  const heights: RowHeight[] = [
    { row: top, height: CAPTION_HEIGHT },
    { row: top + 1, height: Math.round((FOLD - CAPTION_HEIGHT + gap) * 10) / 10 },
    { row: top + 2, height: nameHeight },
  ];
  if (title) heights.push({ row: top + 3, height: titleHeight });
  return heights;
}
