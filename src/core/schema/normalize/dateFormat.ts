import type { Lang } from "../../i18n";
import { weekdayOf, ymdOf, type LocalDate } from "./calendar";
import { WEEKDAYS_EN, WEEKDAYS_ZH } from "./weekdays";

export const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export interface FormatDateOptions {
  weekday?: boolean;
  /** "HH:mm", appended after the date. */
  time?: string;
}

/**
 * A date as documents print it: zh "2026年3月15日（星期日）14:30", en "Sunday, 15 March 2026, 14:30".
 * A malformed date is returned as it is, so a bad cell shows up in the output rather than vanishing.
 */
export function formatDate(date: LocalDate, lang: Lang, opts: FormatDateOptions = {}): string {
  const ymd = ymdOf(date);
  if (!ymd) return date;
  const w = weekdayOf(date);
  if (lang === "zh") {
    const day = `${ymd.y}年${ymd.m}月${ymd.d}日`;
    const weekday = opts.weekday ? `（${WEEKDAYS_ZH[w]}）` : "";
    const time = opts.time === undefined ? "" : opts.weekday ? opts.time : ` ${opts.time}`;
    return day + weekday + time;
  }
  const weekday = opts.weekday ? `${WEEKDAYS_EN[w]}, ` : "";
  const time = opts.time === undefined ? "" : `, ${opts.time}`;
  return `${weekday}${ymd.d} ${MONTHS_EN[ymd.m - 1]} ${ymd.y}${time}`;
}
