import type { Lang } from "../../i18n";
import { formatDate } from "../../schema/normalize/dateFormat";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import type { DateTimeValue } from "../../schema/values";
import { attendance, attendanceValue } from "./attendance";
import { MAX_VALUE_WIDTH } from "./layout";
import { minutesTitle, PLACEHOLDER, type FieldKey } from "./labels";

/** What the add-in writes into the title and the label/value rows, before any recorder edits. */
export interface Prefilled {
  title: string;
  fields: Record<FieldKey, string>;
}

/** "2026年12月10日（星期四）09:00—17:30", or start 至 end over several days. */
export function meetingTime(start: DateTimeValue | undefined, end: DateTimeValue | undefined, lang: Lang): string | undefined {
  if (!start) return undefined;
  const s = formatDate(start.date, lang, { weekday: true, time: start.time });
  if (!end || (end.date === start.date && !end.time)) return s;
  if (end.date === start.date) return lang === "zh" ? `${s}—${end.time}` : `${s} – ${end.time}`;
  const e = formatDate(end.date, lang, { weekday: true, time: end.time });
  return lang === "zh" ? `${s} 至 ${e}` : `${s} to ${e}`;
}

/** The agenda one item per line, numbered, when the Event sheet lists it with ；/; separators. */
export function agendaText(content: string | undefined, lang: Lang): string | undefined {
  if (!content) return undefined;
  const items = content
    .split(/[；;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (items.length < 2) return content;
  const capital = (s: string) => (lang === "en" ? s[0].toUpperCase() + s.slice(1) : s);
  return items.map((s, i) => `${i + 1}${lang === "zh" ? "．" : ". "}${capital(s)}`).join("\n");
}

export function prefilled(parsed: ParsedWorkbook, lang: Lang): Prefilled {
  const f = parsed.event.fields;
  const people = attendance(parsed.roster);
  // A missing value shows as a visible blank for the recorder, never as an empty cell that looks finished.
  const or = (v: string | undefined) => (v && v.trim() !== "" ? v : PLACEHOLDER[lang]);
  return {
    title: minutesTitle(f.name?.value, lang),
    fields: {
      time: or(meetingTime(f.start?.value, f.end?.value, lang)),
      place: or(f.venue?.value),
      host: or(f.host?.value),
      recorder: or(f.recorder?.value),
      present: attendanceValue(people.present, lang, MAX_VALUE_WIDTH),
      observers: attendanceValue(people.observers, lang, MAX_VALUE_WIDTH),
      leave: attendanceValue(people.leave, lang, MAX_VALUE_WIDTH),
      pending: attendanceValue(people.pending, lang, MAX_VALUE_WIDTH),
      agenda: or(agendaText(f.content?.value, lang)),
    },
  };
}
