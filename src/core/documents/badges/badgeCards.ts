import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import { columnPoints, MM_PER_PT } from "../../plan/paperGeometry";
import { linesHeight, rowHeightFor } from "../../plan/rowHeight";
import { fitsWidth, wrapText } from "../../plan/textWrap";
import type { PageMargins, PageSetup, RowHeight, SheetWrite } from "../../plan/writePlan";
import { BADGE, enumLabel, type Badge } from "../../schema/enums";
import { printedName } from "../../schema/roster/people";
import { SheetCanvas } from "../../seating/dais/sheetCanvas";
import { BADGE_COLOURS } from "./badgeColours";
import type { BadgeHolder } from "./badgeList";
import { BADGE_CARDS_SHEET_NAME, CARDS_NOBODY, cardsNote } from "./cardLabels";

export { BADGE_CARDS_SHEET_NAME };

export interface BadgeCardsInput {
  target: OutputTarget;
  lang: Lang;
  /** In print order (badgeHolders: by type, then seniority). */
  holders: readonly BadgeHolder[];
  /** The meeting's name, printed small under each card's band. */
  eventName?: string;
}

// --- Geometry (core/plan/paperGeometry: a column's width on paper, the widest of Excel and LibreOffice).

/** A card's column: 45 characters ≈ 86–90 mm as hosts print it, about a standard 证件 insert's width. */
const CARD_CHARS = 45;
/** The cutting gutter between the two cards of a row: 2.5 characters ≈ 6 mm. */
const GUTTER_CHARS = 2.5;
/** Columns left to right: card, gutter, card (at most 2 × 90.2 + 6.3 ≈ 187 mm, inside A4's 210 − 20 mm). */
const COLUMN_WIDTHS = [CARD_CHARS, GUTTER_CHARS, CARD_CHARS];
const CARD_COLS = [0, 2] as const;
const WIDTH = COLUMN_WIDTHS.length;
/** Text is measured a character short of each cut edge, so nothing prints against a border. */
const TEXT_CHARS = CARD_CHARS - 2;

/** A card's height: 178 pt ≈ 62.8 mm. */
const CARD_PT = 178;
/** The gutter row between two card rows of a page: 17 pt = 6 mm. */
const GUTTER_PT = 17;
/** Card rows a page: 4 × 178 + 3 × 17 = 763 pt ≈ 269 mm, inside A4's 297 − 20 mm, with room for Excel's rounding. */
const ROWS_PER_PAGE = 4;
/** Row 0 is the printing note, outside the print area; the cards start under it. */
const FIRST_ROW = 1;

/** 10 mm all round: inside every printer's reach; nothing prints in the header or footer. */
const CARD_MARGINS: PageMargins = { top: 10, bottom: 10, left: 10, right: 10, header: 5, footer: 5 };

/** The card as cut, in whole mm, for the printing note. */
const CARD_SIZE_MM = { width: Math.round(columnPoints(CARD_CHARS) * MM_PER_PT), height: Math.round(CARD_PT * MM_PER_PT) };

// --- Type. Sizes in points, largest first: each text takes the first size it fits at.

/** The colour band across the top, carrying the badge type. */
const BAND_PT = 34;
const BAND_FONT = 16;
/** The meeting's name: at most two lines, the same on every card, so its row is the same everywhere. */
const EVENT_FONTS = [10, 9, 8];
const EVENT_LINES = 2;
const EVENT_MIN_PT = 20;
const EVENT_MAX_PT = linesHeight(EVENT_LINES, EVENT_FONTS[0]);
const EVENT_COLOUR = "#404040";
/** The name: large for CJK and short Latin names, smaller as a Latin name grows, never cut. */
const NAME_FONTS = [26, 22, 18, 14, 12, 10];
/** The name's row is never lower than a 26 pt line and some air (a name too long even at 10 pt wraps into it). */
const NAME_MIN_PT = 44;
/** Organisation over title. */
const DETAILS_FONTS = [12, 11, 10, 9, 8];
const DETAILS_MIN_PT = 48;
const NOTE_COLOUR = "#595959";

const last = (sizes: readonly number[]) => sizes[sizes.length - 1];

/** One card's text and how it is set. */
interface CardFace {
  badge: Badge;
  label: string;
  name: string;
  nameFont: number;
  /** Only a name too long for one line even at the smallest size wraps. */
  nameWrap: boolean;
  /** Organisation, then title, a line each. */
  details: string;
  detailsFont: number;
  /** Points the details need at that size. */
  detailsNeed: number;
}

interface EventLine {
  text: string;
  font: number;
  height: number;
}

/** Row offsets of a card's lines, top to bottom; the meeting's line only when there is a meeting name. */
interface CardLines {
  event?: number;
  name: number;
  details: number;
  count: number;
}

/**
 * The 证件卡片 / Badge Cards sheet: one card per badge holder, ready to print on A4 and cut into
 * 证件 inserts — 2 across and 4 down, 8 to a page, in list order, with a gutter between cards to
 * cut along. Each card is a bordered column block: the badge type on the type's colour, the
 * meeting, the name large and bold, then organisation and title. Printed at 100 % (Excel ignores
 * manual page breaks when it scales to fit), so every card comes out the same size.
 */
export function badgeCardsSheet(input: BadgeCardsInput): SheetWrite {
  if (input.holders.length === 0) return nobodySheet(input);
  const { lang } = input;
  const event = eventLine(input.eventName);
  const lines = cardLines(event !== undefined);
  // The details may take what the band, the meeting and the smallest name row leave.
  const detailsRoom = CARD_PT - BAND_PT - (event?.height ?? 0) - NAME_MIN_PT;
  const faces = input.holders.map((h) => cardFace(h, lang, detailsRoom));

  const canvas = new SheetCanvas();
  const note = cardsNote(CARD_SIZE_MM, lang);
  canvas.set(0, 0, note);
  canvas.format(0, 0, 1, 1, { italic: true, fontColor: NOTE_COLOUR, wrap: true, vertical: "top" });
  const rowHeights: RowHeight[] = [{ row: 0, height: rowHeightFor([{ value: note, width: CARD_CHARS }]) }];
  const breaksBefore: number[] = [];
  const cardRows = pairs(faces);
  cardRows.forEach((row, k) => {
    const top = cardRowTop(k, lines.count);
    if (k % ROWS_PER_PAGE === 0 && k > 0) breaksBefore.push(top);
    else if (k > 0) rowHeights.push({ row: top - 1, height: GUTTER_PT });
    lineHeights(row, event).forEach((height, i) => rowHeights.push({ row: top + i, height }));
    row.forEach((face, i) => drawCard(canvas, top, CARD_COLS[i], face, lines, event));
  });
  const end = cardRowTop(cardRows.length - 1, lines.count) + lines.count;
  return {
    ...input.target,
    values: [canvas.block()],
    formats: canvas.formats,
    // Each line of a card is one cell of the card's column: nothing needs merging.
    merges: [],
    columnWidths: COLUMN_WIDTHS.map((width, col) => ({ col, width })),
    rowHeights,
    page: cardsPage(FIRST_ROW, end - FIRST_ROW, breaksBefore),
  };
}

/** With nobody to badge: one line saying so, and no cards. */
function nobodySheet(input: BadgeCardsInput): SheetWrite {
  const text = CARDS_NOBODY[input.lang];
  return {
    ...input.target,
    values: [{ row: 0, col: 0, values: [[text]] }],
    formats: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true, wrap: true }],
    merges: [],
    columnWidths: COLUMN_WIDTHS.map((width, col) => ({ col, width })),
    rowHeights: [{ row: 0, height: rowHeightFor([{ value: text, width: CARD_CHARS, bold: true }]) }],
    page: cardsPage(0, 1, []),
  };
}

/** Portrait A4 at 100 %, the sheet's rows from `first`, no footer (it would print on a card). */
function cardsPage(first: number, rows: number, breaksBefore: number[]): PageSetup {
  return {
    // The cards are sized for A4, whatever paper the Event sheet names for the other sheets.
    paper: "A4",
    orientation: "portrait",
    fitToWidth: false,
    centerHorizontally: true,
    margins: CARD_MARGINS,
    footer: { left: "", center: "", right: "" },
    printArea: { row: first, col: 0, rows, cols: WIDTH },
    breaksBefore,
  };
}

function cardLines(withEvent: boolean): CardLines {
  return withEvent ? { event: 1, name: 2, details: 3, count: 4 } : { name: 1, details: 2, count: 3 };
}

/** The first row of card row k: the card rows before it, and a gutter after each that does not end a page. */
function cardRowTop(k: number, cardLineCount: number): number {
  return FIRST_ROW + k * cardLineCount + (k - Math.floor(k / ROWS_PER_PAGE));
}

/** The faces two by two, as they sit across the page. */
function pairs(faces: readonly CardFace[]): CardFace[][] {
  const rows: CardFace[][] = [];
  for (let i = 0; i < faces.length; i += CARD_COLS.length) rows.push(faces.slice(i, i + CARD_COLS.length));
  return rows;
}

/**
 * The heights of a card row's lines, adding up to a card's height: the details as tall as the
 * taller card's need, the name's row taking what is left so the name sits in the card's middle.
 */
function lineHeights(row: readonly CardFace[], event: EventLine | undefined): number[] {
  const details = Math.max(DETAILS_MIN_PT, ...row.map((f) => f.detailsNeed));
  const eventHeight = event?.height ?? 0;
  const name = CARD_PT - BAND_PT - eventHeight - details;
  return event ? [BAND_PT, eventHeight, name, details] : [BAND_PT, name, details];
}

/** The meeting's line, at the largest size that keeps it to two lines; a longer one is cut rather than the card grown. */
function eventLine(eventName: string | undefined): EventLine | undefined {
  const text = eventName?.trim();
  if (!text) return undefined;
  const font = EVENT_FONTS.find((f) => wrapText(text, TEXT_CHARS, { fontSize: f }).length <= EVENT_LINES) ?? last(EVENT_FONTS);
  const height = Math.min(EVENT_MAX_PT, rowHeightFor([{ value: text, width: TEXT_CHARS, fontSize: font }], EVENT_MIN_PT));
  return { text, font, height };
}

function cardFace(h: BadgeHolder, lang: Lang, detailsRoom: number): CardFace {
  const f = h.person.fields;
  const name = printedName(h.person);
  const nameFont = NAME_FONTS.find((size) => fitsWidth(name, TEXT_CHARS, { fontSize: size, bold: true }));
  const details = [f.organisation?.value, f.title?.value]
    .map((v) => v?.trim())
    .filter(Boolean)
    .join("\n");
  return {
    badge: h.badge,
    label: enumLabel(BADGE, h.badge, lang),
    name,
    nameFont: nameFont ?? last(NAME_FONTS),
    nameWrap: nameFont === undefined,
    details,
    ...detailsSetting(details, detailsRoom),
  };
}

/** The largest size at which the details fit their room; at the smallest, an overlong text is cut rather than the card grown. */
function detailsSetting(details: string, room: number): { detailsFont: number; detailsNeed: number } {
  for (const size of DETAILS_FONTS) {
    const need = rowHeightFor([{ value: details, width: TEXT_CHARS, fontSize: size }], 0);
    if (need <= room) return { detailsFont: size, detailsNeed: need };
  }
  return { detailsFont: last(DETAILS_FONTS), detailsNeed: room };
}

/** One card from row `top` in column `col`: bordered, everything centred. */
function drawCard(canvas: SheetCanvas, top: number, col: number, face: CardFace, lines: CardLines, event: EventLine | undefined): void {
  const colour = BADGE_COLOURS[face.badge];
  canvas.format(top, col, lines.count, 1, { border: true, horizontal: "center", vertical: "center" });
  canvas.set(top, col, face.label);
  canvas.format(top, col, 1, 1, { fill: colour.fill, fontColor: colour.font, bold: true, fontSize: BAND_FONT });
  if (event && lines.event !== undefined) {
    canvas.set(top + lines.event, col, event.text);
    canvas.format(top + lines.event, col, 1, 1, { fontSize: event.font, fontColor: EVENT_COLOUR, wrap: true });
  }
  canvas.set(top + lines.name, col, face.name);
  canvas.format(top + lines.name, col, 1, 1, { bold: true, fontSize: face.nameFont, wrap: face.nameWrap });
  canvas.set(top + lines.details, col, face.details);
  canvas.format(top + lines.details, col, 1, 1, { fontSize: face.detailsFont, wrap: true });
}
