/**
 * Excel's 1900 date system. Serial 1 is 1900-01-01, and Excel counts a 1900-02-29 that never
 * existed (serial 60, a bug kept from Lotus 1-2-3), so serials from 61 on are one day "ahead" of
 * a plain count: 61 is 1900-03-01. The fraction is the time of day.
 */
import { dayNumber, formatMinutes, fromDayNumber, minutesOf, toLocalDate, ymdOf, type LocalDate } from "./calendar";

/** Serial 0, counted the way serials from 61 on are (1899-12-30). */
const EPOCH = dayNumber({ y: 1899, m: 12, d: 30 });
const LEAP_BUG_SERIAL = 60;
/** 9999-12-31, the last day Excel shows. */
export const SERIAL_MAX = 2958465;

export interface SerialDate {
  date: LocalDate;
  /** "HH:mm", present when the serial has a fractional part. */
  time?: string;
  /** Serial 60, Excel's 1900-02-29, which did not exist; `date` is then 1900-02-28. */
  leapBug?: true;
  /** Not a serial Excel can show as a date (negative, past 9999-12-31, NaN, ±Infinity); `date` is "". */
  outOfRange?: true;
}

/**
 * The calendar day (and time, rounded to the minute) of a serial. A fraction that rounds up to
 * 24:00 becomes 00:00 of the next day. Serial 0 (Excel's "1900-01-00") is 1899-12-31.
 */
export function serialToLocal(serial: number): SerialDate {
  if (!Number.isFinite(serial) || serial < 0) return { date: "", outOfRange: true };
  let day = Math.floor(serial);
  let minutes = Math.round((serial - day) * 1440);
  if (minutes === 1440) {
    day += 1;
    minutes = 0;
  }
  if (day > SERIAL_MAX) return { date: "", outOfRange: true };
  const time = serial === Math.floor(serial) ? {} : { time: formatMinutes(minutes) };
  if (day === LEAP_BUG_SERIAL) return { date: "1900-02-28", ...time, leapBug: true };
  const days = day < LEAP_BUG_SERIAL ? EPOCH + day + 1 : EPOCH + day;
  return { date: toLocalDate(fromDayNumber(days)), ...time };
}

/** The serial of a date and optional "HH:mm" time; NaN when either is malformed. */
export function localToSerial(date: LocalDate, time?: string): number {
  const ymd = ymdOf(date);
  const minutes = time === undefined ? 0 : minutesOf(time);
  if (!ymd || minutes === undefined) return NaN;
  const offset = dayNumber(ymd) - EPOCH;
  const day = offset <= LEAP_BUG_SERIAL ? offset - 1 : offset;
  return day + minutes / 1440;
}
