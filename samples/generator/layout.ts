import type { ColumnDef } from "../../src/core/schema/sheetDef";
import { ROSTER } from "../../src/core/schema/sheets";

/**
 * Fixed roster positions (0-based person index) of the planted mistakes, so their rows are
 * the same for every seed, language and size. The first 18 people are the leaders, guests,
 * speakers and aides; delegations follow, then staff.
 */
export const SLOT = {
  vipPending: 9,
  ideographicSpace: 13,
  needsHotelNoHotel: 18,
  unknownHotel: 21,
  staffWithoutStaffBadge: 24,
  duplicateOriginal: 27,
  invalidPhone: 30,
  departureBeforeArrival: 33,
  duplicateCopy: 36,
  cancelledWithTable: 39,
  roommateAsker: 42,
  roommateUnaware: 43,
  /** The blank row sits just before this person. */
  blankRowBefore: 48,
  fullWidthPhone: 50,
  dateAsText: 52,
  errorValue: 55,
  trailingSpace: 60,
} as const;

/** Slots whose people must travel in (they need a hotel or have a journey). */
export const TRAVELLER_SLOTS: readonly number[] = [
  SLOT.needsHotelNoHotel,
  SLOT.unknownHotel,
  SLOT.departureBeforeArrival,
  SLOT.roommateAsker,
  SLOT.roommateUnaware,
  SLOT.dateAsText,
];

/** Every slot a planted mistake owns (kept out of random roommates, parties and keep-apart pairs). */
export const PLANTED_SLOTS: ReadonlySet<number> = new Set(Object.values(SLOT).filter((s) => s !== SLOT.blankRowBefore));

export const MIN_ATTENDEES_WITH_MISTAKES = 80;

/** Excel row (1-based) of a person in the roster, counting the header and the planted blank row. */
export function rosterRow(personIndex: number, mistakes: boolean): number {
  return personIndex + 2 + (mistakes && personIndex >= SLOT.blankRowBefore ? 1 : 0);
}

/** The roster's columns in order: the contract's, plus an unknown column planted after the return journey. */
export type RosterColumn = { kind: "contract"; def: ColumnDef } | { kind: "extra" };

export function rosterColumns(mistakes: boolean): RosterColumn[] {
  const out: RosterColumn[] = [];
  for (const def of ROSTER.columns.filter((c) => !c.optional)) {
    out.push({ kind: "contract", def });
    if (mistakes && def.key === "departureTransport") out.push({ kind: "extra" });
  }
  return out;
}

/** 0-based column of a roster field, or of the planted extra column ("extra"). */
export function rosterColumnIndex(key: string, mistakes: boolean): number {
  const i = rosterColumns(mistakes).findIndex((c) => (c.kind === "extra" ? key === "extra" : c.def.key === key));
  if (i < 0) throw new Error(`no roster column ${key}`);
  return i;
}
