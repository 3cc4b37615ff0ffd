import type { CellValue } from "../cellValue";
import type { Lang } from "../i18n";
import type { OutputTarget } from "../plan/outputTarget";
import { fitColumnWidths, totalWidth } from "../plan/columnFit";
import { flowSections, type FlowRow } from "../plan/pageFlow";
import { printableArea, rowsHeight, scaleToWidth } from "../plan/paperGeometry";
import { SHEET_MARGINS } from "../plan/printSetup";
import { heightCell, rowHeightFor } from "../plan/rowHeight";
import type { SheetWrite } from "../plan/writePlan";
import { moneyFormat } from "../report/budgetReview/currencyFormat";
import { addDays, daysBetween, type LocalDate } from "../schema/normalize/calendar";
import { dayLabel, daysLabel } from "../rules/travel/dayLabels";
import { L, ROOM_SHEET_NAME, sep } from "./roomSheetLabels";
import type { AllocatedRoom, Occupant, RoomAllocation } from "./types";

export { ROOM_SHEET_NAME };

export interface RoomSheetInput {
  target: OutputTarget;
  lang: Lang;
  allocation: RoomAllocation;
  /** The meeting's name, shown in the title. */
  subtitle?: string;
  /** The Event sheet's 币种 / Currency, for the money format. */
  currency?: string;
}

const WIDTH = 10;
const HEADER_FILL = "#D9D9D9";
const TOTAL_FILL = "#F2F2F2";
const OVER_FILL = "#F8D7DA";

/** "12月9日–12月11日" for consecutive nights (check-in to check-out), else the nights listed. */
function datesLabel(nights: readonly LocalDate[], lang: Lang): string {
  if (nights.length === 0) return "";
  const first = nights[0];
  const last = nights[nights.length - 1];
  if (daysBetween(first, last) === nights.length - 1) return `${dayLabel(first)[lang]}–${dayLabel(addDays(last, 1))[lang]}`;
  return daysLabel(nights)[lang];
}

function occupantLabel(o: Occupant, lang: Lang): string {
  if (!o.gender) return o.name;
  const g = L.gender[o.gender][lang];
  return lang === "zh" ? `${o.name}（${g}）` : `${o.name} (${g})`;
}

function note(r: AllocatedRoom, lang: Lang): string {
  const parts: string[] = [];
  if (r.spare) parts.push(L.spare[lang]);
  if (r.locked) parts.push(L.locked[lang]);
  if (r.staff && !r.spare) parts.push(L.staff[lang]);
  if (r.nextTo) parts.push(L.nextTo(r.nextTo)[lang]);
  return parts.join(sep(lang));
}

/** Each column grows to its longest entry within its range: hotel, room type, room, occupants, … notes. */
const RANGES = [
  { min: 12, max: 24 },
  { min: 8, max: 16 },
  { min: 6, max: 14 },
  { min: 24, max: 36 },
  { min: 6, max: 8 },
  { min: 6, max: 8 },
  { min: 12, max: 22 },
  { min: 10, max: 12 },
  { min: 12, max: 14 },
  { min: 12, max: 26 },
];
/** Columns whose long entries wrap: hotel, occupants, dates, notes. */
const WRAPPED = [0, 3, 6, 9];

type Row = FlowRow;

/**
 * The 住宿分配 / Room Allocation sheet: every room hotel by hotel with its occupants, nights and
 * cost, a subtotal per hotel and a total; then, on a page of its own, each night's rooms against
 * the block (over-block nights highlighted); then the people not given a room, with the reason
 * and a link to their roster row; then notes on what the plan had to give up. Each table carries
 * its own header on every page it reaches (the sheet cuts its pages itself).
 */
export function roomSheet(input: RoomSheetInput): SheetWrite {
  const { lang, allocation: a } = input;
  const money = moneyFormat(input.currency);
  const headerRow = (cells: CellValue[], fill: string): Row => ({
    cells,
    formats: [{ col: 0, cols: cells.length, spec: { bold: true, border: true, fill, wrap: true } }],
  });
  const totalRow = (cells: CellValue[], fill: string): Row => ({
    cells,
    formats: [
      { col: 0, cols: WIDTH, spec: { bold: true, border: true, fill } },
      { col: 8, cols: 1, spec: { numberFormat: money } },
    ],
  });
  const title = (text: string): Row => ({ cells: [text], formats: [{ col: 0, cols: 1, spec: { bold: true, fontSize: 12 } }] });
  const blank: Row = { cells: [] };

  const placed = a.rooms.filter((r) => !r.spare);
  const people = placed.reduce((n, r) => n + r.occupants.length, 0);
  const top: Row[] = [
    {
      cells: [`${ROOM_SHEET_NAME[lang]}${input.subtitle ? ` — ${input.subtitle}` : ""}`],
      formats: [{ col: 0, cols: 1, spec: { bold: true, fontSize: 14 } }],
    },
    { cells: [L.summary(people, placed.length, a.rooms.length - placed.length, a.unplaceable.length)[lang]] },
    blank,
  ];

  const rooms: Row[] = [headerRow(L.roomHeaders[lang], HEADER_FILL)];
  if (a.rooms.length === 0) rooms.push({ cells: [L.noRooms[lang]] });
  let total = { rooms: 0, people: 0, nights: 0, cost: 0 };
  const hotels = [...new Set(a.rooms.map((r) => r.hotel))];
  for (const hotel of hotels) {
    const list = a.rooms.filter((r) => r.hotel === hotel);
    for (const r of list) {
      const occupants = r.occupants.map((o) => occupantLabel(o, lang)).join(sep(lang));
      const first = r.occupants[0];
      rooms.push({
        cells: [
          r.hotel,
          r.type,
          r.room,
          occupants,
          r.occupants.length,
          r.nights.length,
          datesLabel(r.nights, lang),
          r.rate ?? "",
          r.cost ?? "",
          note(r, lang),
        ],
        formats: [
          { col: 0, cols: WIDTH, spec: { border: true, vertical: "top" } },
          { col: 7, cols: 2, spec: { numberFormat: money } },
          ...WRAPPED.map((col) => ({ col, cols: 1, spec: { wrap: true } })),
        ],
        links: first ? [{ col: 3, sheet: first.sheet, cell: first.cell, text: occupants }] : [],
      });
    }
    const sub = {
      rooms: list.length,
      people: list.reduce((n, r) => n + r.occupants.length, 0),
      nights: list.reduce((n, r) => n + r.nights.length, 0),
      cost: list.reduce((n, r) => n + (r.cost ?? 0), 0),
    };
    rooms.push(totalRow([hotel, L.subtotal[lang], L.rooms(sub.rooms)[lang], "", sub.people, sub.nights, "", "", sub.cost, ""], TOTAL_FILL));
    total = {
      rooms: total.rooms + sub.rooms,
      people: total.people + sub.people,
      nights: total.nights + sub.nights,
      cost: total.cost + sub.cost,
    };
  }
  if (hotels.length > 0) {
    rooms.push(
      totalRow([L.total[lang], "", L.rooms(total.rooms)[lang], "", total.people, total.nights, "", "", total.cost, ""], HEADER_FILL),
    );
  }

  const nights: Row[] = [title(L.blockTitle[lang]), headerRow(L.blockHeaders[lang], HEADER_FILL)];
  for (const b of a.blockUse) {
    const status = b.over ? L.over[lang] : b.block !== undefined && b.used + b.spare >= b.block ? L.full[lang] : "";
    nights.push({
      cells: [b.hotel, b.type, dayLabel(b.night)[lang], b.used, b.spare, b.block ?? L.unlimited[lang], status],
      formats: [{ col: 0, cols: 7, spec: b.over ? { border: true, fill: OVER_FILL, bold: true } : { border: true } }],
    });
  }

  const lost: Row[] = [blank, title(L.lostTitle[lang])];
  if (a.unplaceable.length === 0) lost.push({ cells: [L.noneLost[lang]] });
  else {
    lost.push({ ...headerRow(L.lostHeaders[lang], HEADER_FILL), merges: [{ col: 3, cols: WIDTH - 3 }] });
    lost[lost.length - 1].formats!.push({ col: 3, cols: WIDTH - 3, spec: { bold: true, border: true, fill: HEADER_FILL } });
    for (const u of a.unplaceable) {
      const ref = `${u.sheet}!${u.cell}`;
      lost.push({
        cells: [u.name, u.organisation ?? "", ref, u.message[lang]],
        // The reason runs across the rest of the table, so it is read whole.
        merges: [{ col: 3, cols: WIDTH - 3 }],
        formats: [
          { col: 0, cols: WIDTH, spec: { border: true, vertical: "top" } },
          { col: 0, cols: 2, spec: { wrap: true } },
          { col: 3, cols: 1, spec: { wrap: true } },
        ],
        links: [{ col: 2, sheet: u.sheet, cell: u.cell, text: ref }],
      });
    }
  }

  const notes: Row[] =
    a.notices.length === 0
      ? []
      : [
          blank,
          title(L.noticeTitle[lang]),
          ...a.notices.map((n): Row => ({
            cells: [n.message[lang]],
            merges: [{ col: 0, cols: WIDTH }],
            formats: [{ col: 0, cols: 1, spec: { wrap: true, vertical: "top" } }],
          })),
        ];

  const widths = fitColumnWidths(
    [...rooms, ...nights.slice(1), ...lost.filter((r) => r.links?.length || r.merges?.length)].map((r) =>
      r.cells.slice(0, r.merges?.length ? 3 : WIDTH),
    ),
    RANGES,
    () => ({ bold: true }),
  );
  for (const r of [...top, ...rooms, ...nights, ...lost, ...notes]) r.height = rowHeight(r, widths);
  const area = printableArea("A4", "landscape", SHEET_MARGINS);
  const scale = scaleToWidth(widths, area.width);
  const pageHeight = (rowsHeight(area) * 100) / scale;
  const roomHeader = top.length;
  const flow = flowSections(
    [
      { rows: top },
      { rows: rooms, repeat: { from: 0, count: 1 } },
      // The planner's own check of the block, apart from the list that goes to the hotel.
      { rows: nights, repeat: { from: 1, count: 1 }, newPage: true },
      { rows: lost, repeat: a.unplaceable.length ? { from: 2, count: 1 } : undefined },
      { rows: notes },
    ],
    pageHeight,
  );
  return {
    ...input.target,
    values: [{ row: 0, col: 0, values: flow.values.map(pad) }],
    formats: flow.formats,
    merges: flow.merges,
    columnWidths: widths.map((width, col) => ({ col, width })),
    rowHeights: flow.rowHeights,
    links: flow.links,
    freeze: { rows: roomHeader + 1, cols: 0 },
    page: { orientation: "landscape", fitToWidth: false, scale, breaksBefore: flow.breaksBefore },
    activate: true,
  };
}

const pad = (row: CellValue[]): CellValue[] => [...row, ...Array<CellValue>(Math.max(0, WIDTH - row.length)).fill("")];

/** As tall as the row's wrapped cells need (a merged cell measured across its span); the title's type counts too. */
function rowHeight(r: Row, widths: readonly number[]): number {
  const span = (col: number) => {
    const m = r.merges?.find((x) => x.col === col);
    return m ? totalWidth(widths.slice(m.col, m.col + m.cols)) : widths[col];
  };
  const sizeOf = (col: number) => r.formats?.find((f) => f.spec.fontSize && col >= f.col && col < f.col + f.cols)?.spec.fontSize;
  const wraps = (col: number) => r.formats?.some((f) => f.spec.wrap && col >= f.col && col < f.col + f.cols) ?? false;
  return rowHeightFor(r.cells.map((value, col) => heightCell(value, span(col), { wrap: wraps(col), fontSize: sizeOf(col), bold: true })));
}
