import { printedName } from "../../schema/roster/people";
import type { Finding } from "../../finding";
import type { Person } from "../../rules/people";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import { daisMembers } from "./daisMembers";
import { daisOrder, stageCentre } from "./daisOrder";
import { MAX_ONE_ROW, readDaisSettings, type DaisSettings } from "./daisSettings";

export interface DaisPerson {
  name: string;
  /** What the tent and drawing print: the 席卡名 / preferred name when given, else the name. */
  printed: string;
  title: string;
  organisation: string;
  /** The roster's 排序 as typed, when there is one. */
  rosterPrecedence?: number;
  sheet: string;
  /** 0-based roster row. */
  row: number;
  /** A1 of the person's name cell. */
  cell: string;
}

export interface DaisSeat {
  /** 1-based, counted from the audience's left. */
  seatNumber: number;
  /** Rank on the rostrum, 1 = highest, continuing from the front row into the rows behind; null for a chair seated at an end. */
  precedence: number | null;
  /** This is the chair (主持人). */
  chair: boolean;
  person: DaisPerson;
}

export interface DaisRow {
  /** 1 = the front row. */
  rowNumber: number;
  /** As seen from the audience, left to right. */
  seats: DaisSeat[];
  /** 0-based seat index the stage's centre line runs through (x.5: between two seats). */
  stageCentre: number;
}

export interface DaisPlan {
  settings: DaisSettings;
  /** Front row first. Empty when nobody is on the rostrum. */
  rows: DaisRow[];
  problems: Finding[];
}

/** The rostrum seating: who sits where in each row, by the workbook's conventions. Never throws. */
export function daisPlan(wb: ParsedWorkbook, overrides: Partial<DaisSettings> = {}): DaisPlan {
  const read = readDaisSettings(wb.event, wb.lang);
  const settings: DaisSettings = { ...read.settings, ...overrides };
  const members = daisMembers(wb);
  const problems = [...read.problems, ...members.problems];
  const { ordered, chair } = members;
  if (ordered.length === 0) return { settings, rows: [], problems };

  const atEnd = chair !== undefined && settings.chairPosition !== "byRank";
  const ranked = atEnd ? ordered.filter((p) => p !== chair) : ordered;
  const sizes = rowSizes(ordered.length, settings.seatsPerRow);
  const rows: DaisRow[] = [];
  let next = 0;
  sizes.forEach((size, i) => {
    const front = i === 0;
    const count = front && atEnd ? size - 1 : size;
    const pattern = daisOrder(count, settings.convention, settings.variant);
    const seats = pattern.map((p) => seatOf(ranked[next + p - 1], next + p, chair));
    let centre = count > 0 ? stageCentre(count, settings.convention, settings.variant) : 0;
    if (front && atEnd) {
      const chairSeat = seatOf(chair!, null, chair);
      if (settings.chairPosition === "leftEnd") {
        seats.unshift(chairSeat);
        if (count > 0) centre += 1;
      } else seats.push(chairSeat);
    }
    next += count;
    rows.push({ rowNumber: i + 1, seats: seats.map((s, k) => ({ ...s, seatNumber: k + 1 })), stageCentre: centre });
  });
  return { settings, rows, problems };
}

/**
 * How many seats each row has, front row first. With a setting: full rows of that many, the rest
 * behind. Without: one row up to MAX_ONE_ROW, else the fewest rows that fit, filled evenly
 * (front rows take the odd one out).
 */
export function rowSizes(people: number, seatsPerRow?: number): number[] {
  if (people <= 0) return [];
  const sizes: number[] = [];
  if (seatsPerRow && seatsPerRow >= 1) {
    for (let left = people; left > 0; left -= seatsPerRow) sizes.push(Math.min(seatsPerRow, left));
    return sizes;
  }
  const rows = Math.ceil(people / MAX_ONE_ROW);
  const base = Math.floor(people / rows);
  for (let i = 0; i < rows; i++) sizes.push(base + (i < people % rows ? 1 : 0));
  return sizes;
}

function seatOf(p: Person, precedence: number | null, chair: Person | undefined): DaisSeat {
  const f = p.fields;
  return {
    seatNumber: 0,
    precedence,
    chair: p === chair,
    person: {
      name: f.name?.value ?? "",
      printed: printedName(p),
      title: f.title?.value ?? "",
      organisation: f.organisation?.value ?? "",
      rosterPrecedence: f.precedence?.value,
      sheet: p.sheet,
      row: p.row,
      cell: f.name!.address,
    },
  };
}
