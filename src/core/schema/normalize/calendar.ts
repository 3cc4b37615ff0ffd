/**
 * Calendar arithmetic on plain "YYYY-MM-DD" strings (proleptic Gregorian), with no Date objects,
 * so results never depend on the machine's timezone.
 */

/** A calendar day, "YYYY-MM-DD". */
export type LocalDate = string;
/** A calendar day and time of day, "YYYY-MM-DDTHH:mm". */
export type LocalDateTime = string;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isValidYmd({ y, m, d }: Ymd): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// Days since 1970-01-01 (H. Hinnant's days_from_civil / civil_from_days).
export function dayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

export function toLocalDate({ y, m, d }: Ymd): LocalDate {
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** The parts of a well-formed, existing "YYYY-MM-DD"; undefined for anything else. */
export function ymdOf(date: LocalDate): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(ymd) ? ymd : undefined;
}

export function isLocalDate(s: string): boolean {
  return ymdOf(s) !== undefined;
}

/** "HH:mm" for minutes after midnight (0–1439). */
export function formatMinutes(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** Minutes after midnight of a well-formed "HH:mm" (00:00–23:59); undefined otherwise. */
export function minutesOf(time: string): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : undefined;
}

/** "YYYY-MM-DDTHH:mm", or the date alone when there is no time. */
export function localDateTime(date: LocalDate, time?: string): LocalDateTime | LocalDate {
  return time === undefined ? date : `${date}T${time}`;
}

/** 0 = Sunday … 6 = Saturday; NaN for a malformed date. */
export function weekdayOf(date: LocalDate): number {
  const ymd = ymdOf(date);
  if (!ymd) return NaN;
  return (((dayNumber(ymd) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The date n days later (earlier when n < 0); "" for a malformed date or a non-integer n. */
export function addDays(date: LocalDate, n: number): LocalDate {
  const ymd = ymdOf(date);
  if (!ymd || !Number.isInteger(n)) return "";
  return toLocalDate(fromDayNumber(dayNumber(ymd) + n));
}

/** Days from a to b (positive when b is later); NaN when either is malformed. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  const ya = ymdOf(a);
  const yb = ymdOf(b);
  return ya && yb ? dayNumber(yb) - dayNumber(ya) : NaN;
}

/**
 * -1, 0 or 1. Works on LocalDate and LocalDateTime alike because both sort as text; a date
 * sorts before any time on the same day.
 */
export function compareLocal(a: LocalDate | LocalDateTime, b: LocalDate | LocalDateTime): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
