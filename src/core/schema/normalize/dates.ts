/**
 * Date and time cells. Excel stores dates as serial numbers; planners also type them as text in
 * every form imaginable. Results are plain strings, so they are deterministic and timezone-free.
 */
import type { CellValue } from "../../cellValue";
import { formatMinutes, isValidYmd, toLocalDate, type LocalDate } from "./calendar";
import { emptyOrError, failure, type CellFailure } from "./cellResult";
import { parseDateText, PLAUSIBLE_YEARS, type DateTextOptions } from "./dateText";
import { serialToLocal } from "./serial";
import { parseTimeText } from "./timeText";

export * from "./calendar";
export { serialToLocal, localToSerial, SERIAL_MAX, type SerialDate } from "./serial";
export { formatDate, type FormatDateOptions } from "./dateFormat";
export { PLAUSIBLE_YEARS, type DateTextOptions } from "./dateText";
export { parseTimeText } from "./timeText";

export type DateParse =
  | {
      ok: true;
      date: LocalDate;
      /** "HH:mm" when the cell has a time of day too. */
      time?: string;
      /** Not stored as an Excel date: typed as text, or as a number like 20260315. */
      fromText: boolean;
      /** Day and month could be swapped ("3/4/2026"); read per `dayFirst`. */
      ambiguous: boolean;
      /** A weekday was typed that is not this date's ("2026-03-15（周一）" — it is a Sunday). */
      weekdayMismatch?: true;
      /** No year was typed; `defaultYear` was used. */
      yearAssumed?: true;
    }
  | CellFailure;

export type DateParseOptions = DateTextOptions;

function plausibleYear(date: LocalDate): boolean {
  const y = Number(date.slice(0, 4));
  return y >= PLAUSIBLE_YEARS.first && y <= PLAUSIBLE_YEARS.last;
}

/** 20260315 typed into a number cell: a date to the planner, not to Excel. */
function compactNumber(v: number): LocalDate | undefined {
  if (!Number.isInteger(v) || v < 10000101 || v > 99991231) return undefined;
  const ymd = { y: Math.floor(v / 10000), m: Math.floor(v / 100) % 100, d: v % 100 };
  return isValidYmd(ymd) ? toLocalDate(ymd) : undefined;
}

function parseDateNumber(v: number): DateParse {
  const compact = compactNumber(v);
  if (compact !== undefined) {
    return plausibleYear(compact) ? { ok: true, date: compact, fromText: true, ambiguous: false } : failure("invalid");
  }
  // Small numbers (12, 2026) are serials of 1900 or 1905: never a meeting date.
  const local = serialToLocal(v);
  if (local.outOfRange || local.leapBug || !plausibleYear(local.date)) return failure("invalid");
  const time = local.time === undefined ? {} : { time: local.time };
  return { ok: true, date: local.date, ...time, fromText: false, ambiguous: false };
}

/** A date (and optional time) cell: an Excel serial, a yyyymmdd number or typed text. */
export function parseDateCell(v: CellValue, opts: DateParseOptions = {}): DateParse {
  const blank = emptyOrError(v);
  if (blank) return blank;
  if (typeof v === "boolean") return failure("invalid");
  if (typeof v === "number") return parseDateNumber(v);
  const parsed = parseDateText(v, opts);
  if (!parsed) return failure("invalid");
  return {
    ok: true,
    date: toLocalDate(parsed),
    ...(parsed.minutes === undefined ? {} : { time: formatMinutes(parsed.minutes) }),
    fromText: true,
    ambiguous: parsed.ambiguous,
    ...(parsed.weekdayMismatch ? { weekdayMismatch: true as const } : {}),
    ...(parsed.yearAssumed ? { yearAssumed: true as const } : {}),
  };
}

export type TimeParse = { ok: true; time: string; fromText: boolean } | CellFailure;

/**
 * A time-of-day cell: a serial fraction (0 ≤ v < 1; a value rounding to 24:00 is 00:00) or typed
 * text. A date, or a date with a time, is not a time of day and is invalid here.
 */
export function parseTimeCell(v: CellValue): TimeParse {
  const blank = emptyOrError(v);
  if (blank) return blank;
  if (typeof v === "boolean") return failure("invalid");
  if (typeof v === "number") {
    if (!(v >= 0 && v < 1)) return failure("invalid");
    return { ok: true, time: formatMinutes(Math.round(v * 1440) % 1440), fromText: false };
  }
  const minutes = parseTimeText(v);
  return minutes === undefined ? failure("invalid") : { ok: true, time: formatMinutes(minutes), fromText: true };
}
