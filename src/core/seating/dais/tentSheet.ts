import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import type { PageSetup, RangeRef, RowHeight, SheetWrite } from "../../plan/writePlan";
import { seatLabel, TENT_NOBODY, TENT_NOTE } from "./daisLabels";
import type { DaisPlan, DaisSeat } from "./daisPlan";
import { TENT_COLUMNS, TENT_LENGTH, tentFontSize, titleFontSize } from "./daisTents";
import { SheetCanvas } from "./sheetCanvas";

export interface TentSheetInput {
  plan: DaisPlan;
  target: OutputTarget;
  lang: Lang;
  /** Shown in each tent's caption, e.g. the meeting's name. */
  eventName?: string;
}

const CAPTION_FONT = 10;
const CAPTION_HEIGHT = 16;
/** Rows per tent: caption, then the faces over two rows (a row holds at most 409 pt). */
const TENT_ROWS = 3;
const FACE_ROW = (TENT_LENGTH + 10) / 2;
/** Row 0 is the printing note, outside the print area; the tents start under it. */
const FIRST_TENT = 1;
/** Columns left to right: title and name of the face read from the left, the fold, name and title of the other. */
const COLS = [TENT_COLUMNS.title, TENT_COLUMNS.name, TENT_COLUMNS.fold, TENT_COLUMNS.name, TENT_COLUMNS.title];
const WIDTH = COLS.length;
const FOLD_FILL = "#BFBFBF";
/** 12 mm all round: inside every printer's reach, and the faces keep their size at 100 %. */
const TENT_MARGINS = { top: 12, bottom: 12, left: 12, right: 12, header: 5, footer: 5 };

type TentSeat = { rowNumber: number; seat: DaisSeat };

/**
 * The 桌签 / Table Tents sheet: one tent per portrait page, in seat order (front row first, each
 * row from the audience's left). The page folds down its middle (the grey line); each half is a
 * face carrying the name and title, turned so that both read upright once the tent stands on the
 * table — the left half top to bottom, the right half bottom to top — so the name faces the
 * audience and the leader alike. A small caption at the top says where the tent goes. Printed
 * at 100 % so the name keeps its full size.
 */
export function tentSheet(input: TentSheetInput): SheetWrite {
  const { lang } = input;
  const seats: TentSeat[] = input.plan.rows.flatMap((row) => row.seats.map((seat) => ({ rowNumber: row.rowNumber, seat })));
  const canvas = new SheetCanvas();
  canvas.set(0, 0, TENT_NOTE[lang]);
  canvas.format(0, 0, 1, 1, { italic: true, fontColor: "#595959", wrap: true, vertical: "top" });
  const rowHeights: RowHeight[] = [{ row: 0, height: 45 }];
  const merges: RangeRef[] = [{ row: 0, col: 0, rows: 1, cols: WIDTH }];
  const breaksBefore: number[] = [];
  if (seats.length === 0) {
    canvas.set(FIRST_TENT, 0, TENT_NOBODY[lang]);
    canvas.format(FIRST_TENT, 0, 1, 1, { bold: true });
    merges.push({ row: FIRST_TENT, col: 0, rows: 1, cols: WIDTH });
  }
  seats.forEach((s, i) => {
    const top = FIRST_TENT + i * TENT_ROWS;
    if (i > 0) breaksBefore.push(top);
    drawTent(canvas, top, s, lang, input.eventName);
    rowHeights.push({ row: top, height: CAPTION_HEIGHT }, { row: top + 1, height: FACE_ROW }, { row: top + 2, height: FACE_ROW });
    merges.push({ row: top, col: 0, rows: 1, cols: WIDTH }, ...[0, 1, 3, 4].map((col) => ({ row: top + 1, col, rows: 2, cols: 1 })));
  });
  const last = Math.max(FIRST_TENT + seats.length * TENT_ROWS, FIRST_TENT + 1);
  const page: PageSetup = {
    orientation: "portrait",
    fitToWidth: false,
    centerHorizontally: true,
    printArea: { row: FIRST_TENT, col: 0, rows: last - FIRST_TENT, cols: WIDTH },
    margins: TENT_MARGINS,
    // The footer would print on a face.
    footer: { left: "", center: "", right: "" },
    breaksBefore,
  };
  return {
    ...input.target,
    values: [canvas.block()],
    formats: canvas.formats,
    merges,
    columnWidths: COLS.map((width, col) => ({ col, width })),
    rowHeights,
    page,
  };
}

/** One tent from row `top`: the caption across the page, then both faces. */
function drawTent(canvas: SheetCanvas, top: number, { rowNumber, seat }: TentSeat, lang: Lang, eventName?: string): void {
  const { printed: name, title } = seat.person;
  canvas.set(top, 0, [seatLabel(rowNumber, seat.seatNumber, lang), eventName].filter(Boolean).join("  ·  "));
  canvas.format(top, 0, 1, WIDTH, { fontSize: CAPTION_FONT, fontColor: "#808080", horizontal: "center", vertical: "top" });
  const nameSize = tentFontSize(name);
  const titleSize = titleFontSize(title);
  // The left half reads top to bottom (turned -90°), its title further from the fold; the right half mirrors it.
  for (const [nameCol, titleCol, rotation] of [
    [1, 0, -90],
    [3, 4, 90],
  ] as const) {
    canvas.set(top + 1, nameCol, name);
    canvas.format(top + 1, nameCol, 2, 1, { bold: true, fontSize: nameSize, rotation, horizontal: "center", vertical: "center" });
    canvas.set(top + 1, titleCol, title);
    canvas.format(top + 1, titleCol, 2, 1, { fontSize: titleSize, rotation, horizontal: "center", vertical: "center" });
  }
  canvas.format(top + 1, 2, 2, 1, { fill: FOLD_FILL });
}
