import type { CellValue } from "../../../src/core/cellValue";
import { BADGE, enumLabel, GENDER, ROLE, RSVP_STATUS } from "../../../src/core/schema/enums";
import { ROSTER } from "../../../src/core/schema/sheets";
import { momentSerial, serialToDate, hhmm, type Moment } from "../excelDate";
import { toFullWidthDigits } from "../format";
import { rosterColumns, SLOT } from "../layout";
import type { Lexicon } from "../lexicon/types";
import type { GeneratedSheet, Person } from "../types";
import { columnsOfType } from "./columns";

interface RowCtx {
  lex: Lexicon;
  startSerial: number;
}

function when(ctx: RowCtx, m: Moment | undefined): CellValue {
  return m ? momentSerial(ctx.startSerial, m) : "";
}

type Field = (p: Person, ctx: RowCtx) => CellValue;

const yesNo = (b: boolean, ctx: RowCtx) => (b ? ctx.lex.yes : ctx.lex.no);
const flag = (b: boolean, ctx: RowCtx) => (b ? ctx.lex.yes : "");

/** The cell of each contract field for one person; a field the generator does not know stays empty. */
const FIELDS: Record<string, Field> = {
  id: (p) => p.id,
  name: (p) => p.name,
  gender: (p, c) => enumLabel(GENDER, p.gender, c.lex.lang),
  organisation: (p) => p.org,
  title: (p) => p.title,
  precedence: (p) => p.precedence ?? "",
  role: (p, c) => enumLabel(ROLE, p.role, c.lex.lang),
  vip: (p, c) => yesNo(p.vip, c),
  status: (p, c) => enumLabel(RSVP_STATUS, p.status, c.lex.lang),
  phone: (p) => p.phone,
  email: (p) => p.email,
  idNumber: (p) => p.idNumber,
  badge: (p, c) => enumLabel(BADGE, p.badge, c.lex.lang),
  origin: (p, c) => p.origin ?? c.lex.localOrigin,
  arrival: (p, c) => when(c, p.arrival),
  arrivalTransport: (p) => p.arrivalTransport,
  departure: (p, c) => when(c, p.departure),
  departureTransport: (p) => p.departureTransport,
  needsHotel: (p, c) => yesNo(p.needsHotel, c),
  hotel: (p) => p.hotel,
  roomType: (p) => p.roomType,
  room: (p) => p.room,
  roommate: (p, c) => p.roommate.join(c.lex.listSeparator),
  diet: (p) => p.diet,
  group: (p) => p.group,
  dais: (p, c) => flag(p.dais, c),
  party: (p) => p.party,
  keepApart: (p, c) => p.keepApart.join(c.lex.listSeparator),
  table: (p) => p.table,
  seat: (p) => p.seat,
  locked: (p, c) => flag(p.locked, c),
  notes: (p) => p.notes,
  extra: (p) => p.carPlate,
};

/** Messy but readable cells a planner's roster picks up from pasting and typing. */
function messUp(row: CellValue[], index: number, p: Person, keys: string[], ctx: RowCtx): void {
  const col = (key: string) => keys.indexOf(key);
  const zh = ctx.lex.lang === "zh";
  if (index === SLOT.ideographicSpace) row[col("name")] = zh ? `${p.parts[0]}\u3000${p.parts[1]}` : `${p.parts[0]}  ${p.parts[1]}`;
  if (index === SLOT.trailingSpace) row[col("name")] = `${p.name} `;
  if (index === SLOT.fullWidthPhone) row[col("phone")] = toFullWidthDigits(p.phone);
  if (index === SLOT.errorValue) row[col("group")] = "#N/A";
  if (index === SLOT.dateAsText && p.arrival) {
    const d = serialToDate(ctx.startSerial + p.arrival.day);
    row[col("arrival")] = ctx.lex.dateText(d.year, d.month, d.day, hhmm(p.arrival.minutes));
  }
}

export function rosterSheet(people: Person[], lex: Lexicon, startSerial: number, mistakes: boolean): GeneratedSheet {
  const columns = rosterColumns(mistakes);
  const keys = columns.map((c) => (c.kind === "extra" ? "extra" : c.def.key));
  const defs = columns.map((c) => (c.kind === "extra" ? undefined : c.def));
  const ctx: RowCtx = { lex, startSerial };
  const rows: CellValue[][] = [columns.map((c) => (c.kind === "extra" ? lex.extraColumn : c.def[lex.lang]))];
  people.forEach((p, i) => {
    if (mistakes && i === SLOT.blankRowBefore) rows.push(keys.map(() => ""));
    const row = keys.map((k) => FIELDS[k]?.(p, ctx) ?? "");
    if (mistakes) messUp(row, i, p, keys, ctx);
    rows.push(row);
  });
  return {
    key: "roster",
    name: ROSTER[lex.lang],
    rows,
    dateColumns: columnsOfType(defs, ["dateTime"]),
    textColumns: columnsOfType(defs, ["idText", "phone"]),
    moneyColumns: columnsOfType(defs, ["money"]),
  };
}
