/**
 * Dates typed as text: "2026-03-15", "2026/3/15", "2026.3.15", "2026年3月15日", "20260315",
 * "3/4/2026", "15 March 2026", "March 15, 2026", "15-Mar-2026", each with an optional time of
 * day after it and weekday names anywhere ("2026年3月15日（星期日）下午2点半").
 */
import { chineseNumeralsToDigits } from "./chineseNumerals";
import { isValidYmd, toLocalDate, weekdayOf, type Ymd } from "./calendar";
import { prepare } from "./prepare";
import { parseTimeText } from "./timeText";
import { extractWeekdays } from "./weekdays";

/** Years a meeting date can plausibly have; anything else is a typo or not a date. */
export const PLAUSIBLE_YEARS = { first: 1950, last: 2100 } as const;

export interface DateTextOptions {
  /** Read "3/4/2026" as 3 April rather than 4 March. */
  dayFirst?: boolean;
  /** The year for dates typed without one ("3月15日", "15 March"); without it they are not read. */
  defaultYear?: number;
}

export interface DateText extends Ymd {
  /** Minutes after midnight when a time was typed too. */
  minutes?: number;
  /** Day and month could be swapped ("3/4/2026"): both are 12 or less and differ. */
  ambiguous: boolean;
  /** A weekday name was typed that is not the date's weekday. */
  weekdayMismatch: boolean;
  /** No year was typed; `defaultYear` was used. */
  yearAssumed: boolean;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?(?![a-z])";
const ORDINAL = "(?:st|nd|rd|th)?";

interface Found {
  y?: number;
  m: number;
  d: number;
  length: number;
  ambiguous?: boolean;
}

/** Month and day from two numbers whose order depends on the convention. */
function monthDay(a: number, b: number, dayFirst: boolean): { m: number; d: number; ambiguous: boolean } {
  const [m, d] = dayFirst ? [b, a] : [a, b];
  // When only the other order is a month ("15/3/2026"), the convention does not matter.
  if (m > 12 && d <= 12) return { m: d, d: m, ambiguous: false };
  return { m, d, ambiguous: a <= 12 && b <= 12 && a !== b };
}

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3)) + 1;

type Pattern = (t: string, dayFirst: boolean) => Found | undefined | null;

const PATTERNS: Pattern[] = [
  (t) => {
    const r = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)/.exec(t);
    return r && { y: +r[1], m: +r[3], d: +r[4], length: r[0].length };
  },
  (t) => {
    // Two-digit years are read only with 年 ("26年3月15日"), where they cannot be a day.
    const r = /^(?:(\d{4}|\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?/.exec(t);
    if (!r) return undefined;
    const y = r[1] === undefined ? undefined : r[1].length === 2 ? 2000 + +r[1] : +r[1];
    return { y, m: +r[2], d: +r[3], length: r[0].length };
  },
  (t) => {
    const r = /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(t);
    return r && { y: +r[1], m: +r[2], d: +r[3], length: r[0].length };
  },
  (t, dayFirst) => {
    const r = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/.exec(t);
    return r && { y: +r[4], ...monthDay(+r[1], +r[3], dayFirst), length: r[0].length };
  },
  (t) => {
    const r = new RegExp(`^(\\d{1,2})${ORDINAL}[\\s.-]*${MONTH}(?:[\\s,.-]+(\\d{4})(?!\\d))?`).exec(t);
    return r && { y: r[3] === undefined ? undefined : +r[3], m: monthOf(r[2]), d: +r[1], length: r[0].length };
  },
  (t) => {
    const r = new RegExp(`^${MONTH}[\\s-]*(\\d{1,2})${ORDINAL}(?![\\d:])(?:,?[\\s-]+(\\d{4})(?!\\d))?`).exec(t);
    return r && { y: r[3] === undefined ? undefined : +r[3], m: monthOf(r[1]), d: +r[2], length: r[0].length };
  },
  (t, dayFirst) => {
    const r = /^(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/:])/.exec(t);
    return r && { ...monthDay(+r[1], +r[2], dayFirst), length: r[0].length };
  },
];

function findDate(t: string, dayFirst: boolean): Found | undefined {
  for (const p of PATTERNS) {
    const found = p(t, dayFirst);
    if (found) return found;
  }
  return undefined;
}

/** The date (and time) in a typed text; undefined when it is not one. */
export function parseDateText(s: string, opts: DateTextOptions = {}): DateText | undefined {
  const { text, weekdays } = extractWeekdays(prepare(s));
  const t = chineseNumeralsToDigits(text)
    .replace(/^[\s,]+/, "")
    .trim();
  const found = findDate(t, opts.dayFirst ?? false);
  if (!found) return undefined;
  const yearAssumed = found.y === undefined;
  const y = found.y ?? opts.defaultYear;
  if (y === undefined) return undefined;
  const ymd = { y, m: found.m, d: found.d };
  if (!isValidYmd(ymd) || y < PLAUSIBLE_YEARS.first || y > PLAUSIBLE_YEARS.last) return undefined;

  const rest = t
    .slice(found.length)
    .replace(/^[\s,]+/, "")
    .replace(/^t(?=\d)/, "");
  const minutes = rest === "" ? undefined : parseTimeText(rest);
  if (rest !== "" && minutes === undefined) return undefined;

  const weekday = weekdayOf(toLocalDate(ymd));
  return {
    ...ymd,
    ...(minutes === undefined ? {} : { minutes }),
    ambiguous: found.ambiguous ?? false,
    weekdayMismatch: weekdays.some((w) => w !== weekday),
    yearAssumed,
  };
}
