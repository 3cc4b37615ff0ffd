import type { CellValue } from "../cellValue";
import type { Lang } from "../i18n";
import type { OutputTarget } from "../plan/outputTarget";
import type { FormatSpec, InternalLink, SheetWrite } from "../plan/writePlan";
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

const pad = (row: CellValue[]): CellValue[] => [...row, ...Array<CellValue>(Math.max(0, WIDTH - row.length)).fill("")];

/**
 * The 住宿分配 / Room Allocation sheet: every room hotel by hotel with its occupants, nights and
 * cost, a subtotal per hotel and a total; then each night's rooms against the block (over-block
 * nights highlighted); then the people not given a room, with the reason and a link to their
 * roster row; then notes on what the plan had to give up.
 */
export function roomSheet(input: RoomSheetInput): SheetWrite {
  const { lang, allocation: a } = input;
  const money = moneyFormat(input.currency);
  const rows: CellValue[][] = [];
  const formats: FormatSpec[] = [];
  const links: InternalLink[] = [];
  const bold = (row: number, cols: number, fill?: string) =>
    formats.push({ range: { row, col: 0, rows: 1, cols }, bold: true, border: true, ...(fill ? { fill } : {}) });

  const placed = a.rooms.filter((r) => !r.spare);
  const people = placed.reduce((n, r) => n + r.occupants.length, 0);
  rows.push([`${ROOM_SHEET_NAME[lang]}${input.subtitle ? ` — ${input.subtitle}` : ""}`]);
  formats.push({ range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true, fontSize: 14 });
  rows.push([L.summary(people, placed.length, a.rooms.length - placed.length, a.unplaceable.length)[lang]]);
  rows.push([]);

  const roomHeader = rows.length;
  rows.push(L.roomHeaders[lang]);
  bold(roomHeader, WIDTH, HEADER_FILL);
  if (a.rooms.length === 0) rows.push([L.noRooms[lang]]);
  let total = { rooms: 0, people: 0, nights: 0, cost: 0 };
  const hotels = [...new Set(a.rooms.map((r) => r.hotel))];
  for (const hotel of hotels) {
    const list = a.rooms.filter((r) => r.hotel === hotel);
    const start = rows.length;
    for (const r of list) {
      rows.push([
        r.hotel,
        r.type,
        r.room,
        r.occupants.map((o) => occupantLabel(o, lang)).join(sep(lang)),
        r.occupants.length,
        r.nights.length,
        datesLabel(r.nights, lang),
        r.rate ?? "",
        r.cost ?? "",
        note(r, lang),
      ]);
      const first = r.occupants[0];
      if (first)
        links.push({ row: rows.length - 1, col: 3, sheet: first.sheet, cell: first.cell, text: rows[rows.length - 1][3] as string });
    }
    formats.push({ range: { row: start, col: 7, rows: list.length, cols: 2 }, numberFormat: money });
    formats.push({ range: { row: start, col: 3, rows: list.length, cols: 1 }, wrap: true });
    const sub = {
      rooms: list.length,
      people: list.reduce((n, r) => n + r.occupants.length, 0),
      nights: list.reduce((n, r) => n + r.nights.length, 0),
      cost: list.reduce((n, r) => n + (r.cost ?? 0), 0),
    };
    rows.push([hotel, L.subtotal[lang], L.rooms(sub.rooms)[lang], "", sub.people, sub.nights, "", "", sub.cost, ""]);
    bold(rows.length - 1, WIDTH, TOTAL_FILL);
    formats.push({ range: { row: rows.length - 1, col: 8, rows: 1, cols: 1 }, numberFormat: money });
    total = {
      rooms: total.rooms + sub.rooms,
      people: total.people + sub.people,
      nights: total.nights + sub.nights,
      cost: total.cost + sub.cost,
    };
  }
  if (hotels.length > 0) {
    rows.push([L.total[lang], "", L.rooms(total.rooms)[lang], "", total.people, total.nights, "", "", total.cost, ""]);
    bold(rows.length - 1, WIDTH, HEADER_FILL);
    formats.push({ range: { row: rows.length - 1, col: 8, rows: 1, cols: 1 }, numberFormat: money });
  }

  rows.push([]);
  rows.push([L.blockTitle[lang]]);
  formats.push({ range: { row: rows.length - 1, col: 0, rows: 1, cols: 1 }, bold: true, fontSize: 12 });
  rows.push(L.blockHeaders[lang]);
  bold(rows.length - 1, 7, HEADER_FILL);
  for (const b of a.blockUse) {
    const status = b.over ? L.over[lang] : b.block !== undefined && b.used + b.spare >= b.block ? L.full[lang] : "";
    rows.push([b.hotel, b.type, dayLabel(b.night)[lang], b.used, b.spare, b.block ?? L.unlimited[lang], status]);
    if (b.over) formats.push({ range: { row: rows.length - 1, col: 0, rows: 1, cols: 7 }, fill: OVER_FILL, bold: true });
  }

  rows.push([]);
  rows.push([L.lostTitle[lang]]);
  formats.push({ range: { row: rows.length - 1, col: 0, rows: 1, cols: 1 }, bold: true, fontSize: 12 });
  if (a.unplaceable.length === 0) rows.push([L.noneLost[lang]]);
  else {
    rows.push(L.lostHeaders[lang]);
    bold(rows.length - 1, 4, HEADER_FILL);
    for (const u of a.unplaceable) {
      const ref = `${u.sheet}!${u.cell}`;
      rows.push([u.name, u.organisation ?? "", ref, u.message[lang]]);
      links.push({ row: rows.length - 1, col: 2, sheet: u.sheet, cell: u.cell, text: ref });
    }
    formats.push({ range: { row: rows.length - a.unplaceable.length, col: 3, rows: a.unplaceable.length, cols: 1 }, wrap: true });
  }

  if (a.notices.length > 0) {
    rows.push([]);
    rows.push([L.noticeTitle[lang]]);
    formats.push({ range: { row: rows.length - 1, col: 0, rows: 1, cols: 1 }, bold: true, fontSize: 12 });
    for (const n of a.notices) rows.push([n.message[lang]]);
  }

  return {
    ...input.target,
    values: [{ row: 0, col: 0, values: rows.map(pad) }],
    formats,
    columnWidths: [16, 10, 12, 30, 6, 6, 18, 10, 12, 20].map((width, col) => ({ col, width })),
    links,
    freeze: { rows: roomHeader + 1, cols: 0 },
    page: { orientation: "landscape", fitToWidth: true, titleRows: { first: roomHeader, last: roomHeader } },
    activate: true,
  };
}
