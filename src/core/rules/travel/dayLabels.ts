import type { Bilingual } from "../../i18n";
import { ymdOf, type LocalDate } from "../../schema/normalize/calendar";
import type { DateTimeValue } from "../../schema/values";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day as a message names it: "12月9日" / "9 Dec" (the year is the meeting's, so it is left out). */
export function dayLabel(date: LocalDate): Bilingual {
  const ymd = ymdOf(date);
  if (!ymd) return { zh: date, en: date };
  return { zh: `${ymd.m}月${ymd.d}日`, en: `${ymd.d} ${MONTHS[ymd.m - 1]}` };
}

/** "12月9日 16:40" / "9 Dec 16:40", or the day alone when no time was given. */
export function momentLabel(v: DateTimeValue): Bilingual {
  const day = dayLabel(v.date);
  return v.time ? { zh: `${day.zh} ${v.time}`, en: `${day.en} ${v.time}` } : day;
}

/** Several days: "12月10日、12月11日" / "10 Dec, 11 Dec". */
export function daysLabel(dates: readonly LocalDate[]): Bilingual {
  const labels = dates.map(dayLabel);
  return { zh: labels.map((l) => l.zh).join("、"), en: labels.map((l) => l.en).join(", ") };
}
