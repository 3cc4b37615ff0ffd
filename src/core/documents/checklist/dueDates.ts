import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import {
  addDays,
  dayNumber,
  daysBetween,
  formatMinutes,
  fromDayNumber,
  minutesOf,
  toLocalDate,
  ymdOf,
} from "../../schema/normalize/calendar";
import type { LocalDate } from "../../schema/normalize/calendar";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import { EVENT, type EventFields } from "../../schema/sheets/event";
import type { DateTimeValue } from "../../schema/values";
import type { DueRule } from "./stepTypes";

/** When the meeting runs: the Event sheet's 开始时间 and 结束时间. */
export interface MeetingSpan {
  start: DateTimeValue;
  /** The start's day (no time) when 结束时间 is missing or earlier than the start. */
  end: DateTimeValue;
}

/** A typo in the end year must not give a checklist with hundreds of meal-voucher steps. */
export const MAX_MEETING_DAYS = 31;

/** The meeting's span, or a finding asking for 开始时间 when there is none to count from. */
export function meetingSpan(event: ParsedKeyValue<EventFields>, lang: Lang): { span?: MeetingSpan; findings: Finding[] } {
  const start = event.fields.start?.value;
  if (!start) {
    const sheet = event.sheet ?? EVENT[lang];
    const cell = event.keyCells.get("start") ?? "A1";
    const finding: Finding = {
      id: "checklist.start-missing",
      severity: "warning",
      sheet,
      cell,
      message: {
        zh: "会议信息表没有可用的开始时间，会务清单无法推算各步骤的截止时间。",
        en: "The Event sheet has no usable start, so the checklist cannot work out when each step is due.",
      },
      fix: {
        zh: "在“会议信息”表的“开始时间”一行填写会议开始的日期和时间，如 2026-12-10 09:00。",
        en: "Fill in the Start row of the Event sheet with the date and time the meeting starts, such as 2026-12-10 09:00.",
      },
    };
    return { findings: [finding] };
  }
  const end = event.fields.end?.value;
  const endOk = end && daysBetween(start.date, end.date) >= 0;
  return { span: { start, end: endOk ? end : { date: start.date } }, findings: [] };
}

/** The meeting's days, first to last (at most MAX_MEETING_DAYS). */
export function meetingDays(span: MeetingSpan): LocalDate[] {
  const n = Math.min(daysBetween(span.start.date, span.end.date) + 1, MAX_MEETING_DAYS);
  const days: LocalDate[] = [];
  for (let i = 0; i < Math.max(n, 1); i++) days.push(addDays(span.start.date, i));
  return days;
}

/** `minutes` after a date and time, across midnight and month ends. */
function shiftMinutes(at: DateTimeValue & { time: string }, minutes: number): DateTimeValue {
  const total = dayNumber(ymdOf(at.date)!) * 1440 + minutesOf(at.time)! + minutes;
  const day = Math.floor(total / 1440);
  return { date: toLocalDate(fromDayNumber(day)), time: formatMinutes(total - day * 1440) };
}

function hasTime(v: DateTimeValue): v is DateTimeValue & { time: string } {
  return v.time !== undefined && minutesOf(v.time) !== undefined;
}

/**
 * The due dates a rule gives for a meeting: one for a `from` rule, one per meeting day for an
 * `each` rule. A `minutes` rule on a meeting without a time of day gives the day alone.
 */
export function dueDates(rule: DueRule, span: MeetingSpan): DateTimeValue[] {
  if ("each" in rule) return meetingDays(span).map((d) => ({ date: addDays(d, rule.days), time: rule.time }));
  const anchor = rule.from === "start" ? span.start : span.end;
  const days = rule.days ?? 0;
  if (rule.time !== undefined) return [{ date: addDays(anchor.date, days), time: rule.time }];
  if (rule.minutes !== undefined && hasTime(anchor)) return [shiftMinutes(anchor, days * 1440 + rule.minutes)];
  return [{ date: addDays(anchor.date, days) }];
}
