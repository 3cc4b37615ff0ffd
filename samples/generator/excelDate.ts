/**
 * Excel serial dates (1900 system) computed from calendar dates, without reading the clock.
 * Serial 1 is 1900-01-01; Excel's phantom 1900-02-29 makes every date from 1900-03-01 on
 * equal to the number of days since 1899-12-30.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`expected a date like 2026-12-10, got "${iso}"`);
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(d.year, d.month - 1, d.day));
  if (check.getUTCMonth() !== d.month - 1 || check.getUTCDate() !== d.day) throw new RangeError(`no such date: ${iso}`);
  return d;
}

export function dateSerial(d: CalendarDate): number {
  return Math.round((Date.UTC(d.year, d.month - 1, d.day) - EPOCH) / MS_PER_DAY);
}

export function serialToDate(serial: number): CalendarDate {
  const t = new Date(EPOCH + Math.floor(serial) * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** A point in time relative to the first day of the meeting: day offset and minutes after midnight. */
export interface Moment {
  day: number;
  minutes: number;
}

export function at(day: number, hhmm: string): Moment {
  const [h, m] = hhmm.split(":").map(Number);
  return { day, minutes: h * 60 + m };
}

export function momentSerial(startSerial: number, m: Moment): number {
  return startSerial + m.day + m.minutes / 1440;
}

export function compareMoments(a: Moment, b: Moment): number {
  return a.day - b.day || a.minutes - b.minutes;
}

export function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

export function isoDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
