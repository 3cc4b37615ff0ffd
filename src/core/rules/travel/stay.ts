import { addDays, daysBetween, type LocalDate } from "../../schema/normalize/calendar";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { EventFields } from "../../schema/sheets";
import type { Person } from "../people";

/** The meeting's first and last day, from the Event sheet's start and end (a missing or earlier end: one day). */
export interface MeetingDays {
  first: LocalDate;
  last: LocalDate;
  /** Check-in day (报到), when it is before the first day: guests without times are assumed to arrive then. */
  checkIn?: LocalDate;
}

export function meetingDays(event: ParsedKeyValue<EventFields>): MeetingDays | undefined {
  const first = event.fields.start?.value.date;
  if (!first || Number.isNaN(daysBetween(first, first))) return undefined;
  const end = event.fields.end?.value.date;
  const last = end && end > first ? end : first;
  const checkIn = event.fields.checkInTime?.value.date;
  return checkIn && checkIn < first ? { first, last, checkIn } : { first, last };
}

/** The days of the meeting, first to last. */
export function daysOf(m: MeetingDays): LocalDate[] {
  return daysFrom(m.first, daysBetween(m.first, m.last) + 1);
}

function daysFrom(from: LocalDate, count: number): LocalDate[] {
  const out: LocalDate[] = [];
  for (let i = 0; i < count; i++) out.push(addDays(from, i));
  return out;
}

/** Nights before the first day and after the last that still count; a stay mistyped by a year must not cost a year of nights. */
const NIGHTS_AROUND = 14;
/** The longest stay counted, whatever the dates say. */
const MAX_NIGHTS = 60;

export interface StayCalendar {
  meeting: MeetingDays | undefined;
  /**
   * The nights a guest sleeps in the hotel, each named by its date: from the arrival date to the
   * night before departure. A missing arrival is taken as the check-in day (else the first day),
   * a missing departure as the last day. Undefined when the stay cannot be told (no times and no
   * meeting dates); empty when there is no night (a day visit, or a departure before the arrival).
   * The list is shared between guests with the same dates: read it, do not change it.
   */
  nights(p: Person): readonly LocalDate[] | undefined;
}

/** Hotel nights for one workbook's meeting. Guests share a handful of date pairs, so each pair is counted once. */
export function stayCalendar(event: ParsedKeyValue<EventFields>): StayCalendar {
  const meeting = meetingDays(event);
  const earliest = meeting && addDays(meeting.first, -NIGHTS_AROUND);
  const latest = meeting && addDays(meeting.last, NIGHTS_AROUND);
  const known = new Map<string, LocalDate[]>();
  const nightsBetween = (from: LocalDate, to: LocalDate): LocalDate[] => {
    const key = `${from}|${to}`;
    let nights = known.get(key);
    if (!nights) {
      const count = Math.min(daysBetween(from, to), MAX_NIGHTS);
      known.set(key, (nights = count > 0 ? daysFrom(from, count) : []));
    }
    return nights;
  };
  return {
    meeting,
    nights(p) {
      let from = p.fields.arrival?.value.date ?? meeting?.checkIn ?? meeting?.first;
      let to = p.fields.departure?.value.date ?? meeting?.last;
      if (!from || !to) return undefined;
      if (earliest && from < earliest) from = earliest;
      if (latest && to > latest) to = latest;
      return nightsBetween(from, to);
    },
  };
}
