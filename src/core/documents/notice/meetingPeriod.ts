import type { Lang } from "../../i18n";
import { daysBetween } from "../../schema/normalize/calendar";
import { formatDate } from "../../schema/normalize/dateFormat";
import type { DateTimeValue } from "../../schema/values";
import { zhClock } from "./chineseText";
import { L, placeholder } from "./labels";

/** "2026年12月9日（星期三）下午2:00" / "Wednesday, 9 December 2026, 14:00": a notice never says "tomorrow". */
export function absoluteDate(v: DateTimeValue, lang: Lang): string {
  return formatDate(v.date, lang, { weekday: true, time: v.time && lang === "zh" ? zhClock(v.time) : v.time });
}

/** The end of a span in Chinese: "12月11日（星期五）下午5:30", the year left out when it is the start's. */
function zhEnd(start: DateTimeValue | undefined, end: DateTimeValue): string {
  const full = absoluteDate(end, "zh");
  return start && start.date.slice(0, 4) === end.date.slice(0, 4) ? full.replace(/^\d{4}年/, "") : full;
}

export interface PeriodText {
  text: string;
  /** The start, or both an end and a duration, are missing: the line shows a placeholder. */
  missing: boolean;
}

const START = { zh: "开会时间", en: "start date" };
const DURATION = { zh: "会期", en: "duration" };

/**
 * The 会期 line: from the start to the end with weekdays, then the Event sheet's own duration
 * text, or else the number of days counted from the dates ("共3天" / "3 days"). What is not
 * known is a placeholder inside the line, so the known part still shows.
 */
export function meetingPeriod(
  start: DateTimeValue | undefined,
  end: DateTimeValue | undefined,
  duration: string | undefined,
  lang: Lang,
): PeriodText {
  if (!start && !end && !duration) return { text: placeholder(DURATION, lang), missing: true };
  const from = start ? absoluteDate(start, lang) : placeholder(START, lang);
  const zh = lang === "zh";
  if (end) {
    const sameDay = start !== undefined && start.date === end.date;
    const range =
      sameDay && start.time && end.time
        ? formatDate(start.date, lang, {
            weekday: true,
            time: zh ? `${zhClock(start.time)}至${zhClock(end.time)}` : `${start.time}–${end.time}`,
          })
        : sameDay
          ? formatDate(start.date, lang, { weekday: true })
          : zh
            ? `${from}至${zhEnd(start, end)}`
            : `${from} ${L.to[lang]} ${absoluteDate(end, lang)}`;
    const days = start ? daysBetween(start.date, end.date) + 1 : NaN;
    const count = duration ?? (days > 1 ? L.days(days)[lang] : undefined);
    const suffix =
      count === undefined
        ? ""
        : zh
          ? `，${duration && !duration.startsWith("会期") ? `会期${count}` : count}`
          : duration
            ? `; ${count}`
            : ` (${count})`;
    return { text: range + suffix, missing: !start };
  }
  const length = duration ?? placeholder(DURATION, lang);
  return {
    text: zh ? `${from}起，${length.startsWith("会期") ? "" : "会期"}${length}` : `From ${from}; ${length}`,
    missing: !start || !duration,
  };
}
