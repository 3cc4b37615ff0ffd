import type { Severity } from "../../finding";
import type { Bilingual } from "../../i18n";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { EventFields } from "../../schema/sheets";
import type { EventKey } from "./eventRows";

export interface NoticeElement {
  /** The Event row that holds it. */
  key: EventKey;
  /** Without a name, a place or a time the notice cannot go out: those are errors. */
  severity: Severity;
  /** What to write, in a few words. */
  hint: Bilingual;
  /** Rows that also satisfy it: 会期 is given by its own row or by the start and end times. */
  alternatives?: readonly EventKey[];
  /** One of the seed's eight elements (八要素), rather than a detail every notice also gives. */
  eight: boolean;
  /** What else goes wrong without it. */
  consequence?: Bilingual;
}

/**
 * The notice's eight elements (会名、主要内容、参加人员、报到时间、会期、会址、着装、注意事项), plus
 * the start time, which every notice states and every date check needs.
 */
export const NOTICE_ELEMENTS: readonly NoticeElement[] = [
  { key: "name", eight: true, severity: "error", hint: { zh: "填写会议全称", en: "Give the meeting's full name" } },
  {
    key: "content",
    eight: true,
    severity: "warning",
    hint: { zh: "概括会议的主要议题", en: "Summarise the main items of business" },
  },
  {
    key: "attendeesScope",
    eight: true,
    severity: "warning",
    hint: { zh: "写明参加人员范围，如“各部门主要负责同志”", en: "Say who attends, such as the heads of all departments" },
  },
  {
    key: "start",
    eight: false,
    severity: "error",
    hint: { zh: "填写开会的年月日和时间，如 2026-12-10 09:00", en: "Give the start date and time, such as 2026-12-10 09:00" },
    consequence: {
      zh: "按日期的各项检查（任务逾期、回执确认等）也因此无法进行",
      en: "checks that depend on the date (overdue tasks, unconfirmed guests) cannot run either",
    },
  },
  {
    key: "duration",
    eight: true,
    severity: "warning",
    hint: { zh: "填写会期（如“2天”）或结束时间", en: "Give the duration (such as 2 days) or the end time" },
    alternatives: ["end"],
  },
  {
    key: "checkInTime",
    eight: true,
    severity: "warning",
    hint: { zh: "填写报到的年月日和时间", en: "Give the check-in date and time" },
  },
  {
    key: "venue",
    eight: true,
    severity: "error",
    hint: { zh: "写明会址，具体到楼层和门牌号，如“××办公楼六楼第三会议室”", en: "Give the venue down to the floor and room" },
  },
  {
    key: "dressCode",
    eight: true,
    severity: "warning",
    hint: { zh: "填写着装要求，如“正装”", en: "Give the dress code, such as Business attire" },
  },
  {
    key: "notes",
    eight: true,
    severity: "warning",
    hint: { zh: "写明注意事项，如回执截止时间、须携带的证件", en: "Add notes for attendees, such as the reply deadline and what to bring" },
  },
];

/** Whether the element is given, by its own row or an alternative. */
export function isGiven(fields: ParsedKeyValue<EventFields>["fields"], e: NoticeElement): boolean {
  return fields[e.key] !== undefined || (e.alternatives ?? []).some((k) => fields[k] !== undefined);
}
