import { daysBetween } from "../../schema/normalize/dates";
import { foldKey } from "../../schema/normalize/text";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import type { Person } from "../people";

/** People staying in a hotel, and the room-nights they need: between all sharing as the beds allow and each alone. */
export interface Stay {
  people: number;
  personNights: number;
  /** Everyone sharing rooms as far as the beds of their room type allow. */
  fewestRoomNights: number;
}

/** Whether a person needs a room: 需住宿 says so, or (without an answer there) a hotel is named. */
export function needsRoom(p: Person): boolean {
  const asked = p.fields.needsHotel?.value;
  return asked ?? p.fields.hotel !== undefined;
}

/** Beds per room by hotel and room type, and by room type alone, from the Hotels sheet. */
function bedsIndex(wb: ParsedWorkbook): { beds(p: Person): number } {
  const byHotelType = new Map<string, number>();
  const byType = new Map<string, number>();
  let most = 2;
  for (const r of wb.hotels.records) {
    const beds = r.fields.beds?.value;
    const type = r.fields.roomType?.value;
    if (!beds || beds < 1 || !type) continue;
    most = Math.max(most, beds);
    byHotelType.set(`${foldKey(r.fields.hotel?.value ?? "")}|${foldKey(type)}`, beds);
    byType.set(foldKey(type), Math.max(byType.get(foldKey(type)) ?? 0, beds));
  }
  return {
    beds(p) {
      const type = p.fields.roomType?.value;
      if (!type) return most;
      const hotel = foldKey(p.fields.hotel?.value ?? "");
      return byHotelType.get(`${hotel}|${foldKey(type)}`) ?? byType.get(foldKey(type)) ?? most;
    },
  };
}

/**
 * The nights each person stays: arrival to departure day, each defaulting to the Event's check-in
 * (else start) and end dates; a person whose own dates give no night (missing, reversed) is
 * counted for the Event's span, and for one night when even that is unknown.
 */
function nightsOf(wb: ParsedWorkbook): (p: Person) => number {
  const ev = wb.event.fields;
  const from = ev.checkInTime?.value.date ?? ev.start?.value.date;
  const to = ev.end?.value.date ?? ev.start?.value.date;
  const span = from && to ? daysBetween(from, to) : NaN;
  const fallback = span > 0 ? span : 1;
  return (p) => {
    const a = p.fields.arrival?.value.date ?? from;
    const d = p.fields.departure?.value.date ?? to;
    const n = a && d ? daysBetween(a, d) : NaN;
    return n > 0 ? n : fallback;
  };
}

/** Room-nights for the given people (all of whom need a room). */
export function stayOf(wb: ParsedWorkbook, people: readonly Person[]): Stay {
  const nights = nightsOf(wb);
  const { beds } = bedsIndex(wb);
  let personNights = 0;
  let fewest = 0;
  for (const p of people) {
    const n = nights(p);
    personNights += n;
    fewest += n / beds(p);
  }
  return { people: people.length, personNights, fewestRoomNights: fewest };
}
