import type { Bilingual, Lang } from "../../i18n";
import { TASK_STATUS } from "../../schema/enums";
import type { ColumnDef } from "../../schema/sheetDef";

export const MINUTES_SHEET_NAME = { zh: "会议纪要", en: "Minutes" } as const;

/** The prefilled label/value rows, in sheet order. */
export type FieldKey = "time" | "place" | "host" | "recorder" | "present" | "observers" | "leave" | "pending" | "agenda";
export const FIELD_ORDER: readonly FieldKey[] = ["time", "place", "host", "recorder", "present", "observers", "leave", "pending", "agenda"];

export type SectionKey = "discussion" | "decisions" | "actions";
export const SECTION_ORDER: readonly SectionKey[] = ["discussion", "decisions", "actions"];

const label = <K extends string>(key: K, zh: string, en: string, synonyms: string[] = []) =>
  ({ key, zh, en, synonyms, type: "text" }) as ColumnDef & { key: K };

/** Row labels in column A. Matched in either language, so a sheet made in Chinese is still read after switching to English. */
export const FIELD_LABELS: readonly (ColumnDef & { key: FieldKey })[] = [
  label("time", "时间", "Time", ["会议时间", "日期", "Date", "When", "Date and time"]),
  label("place", "地点", "Place", ["会议地点", "会场", "Venue", "Location"]),
  label("host", "主持人", "Chair", ["主持", "Chaired by", "Host", "Chairperson"]),
  label("recorder", "记录人", "Recorder", ["记录", "Minutes taken by", "Minute taker", "Secretary"]),
  label("present", "出席", "Present", ["出席人员", "参加人员", "Attending", "Attendees"]),
  label("observers", "列席", "In attendance", ["列席人员", "Observers"]),
  label("leave", "请假", "Apologies", ["请假人员", "缺席", "Absent", "On leave", "Apologies for absence"]),
  label("pending", "待确认", "Unconfirmed", ["未确认", "未回执", "Pending", "To be confirmed"]),
  label("agenda", "议程", "Agenda", ["会议议程", "议题", "会议内容", "Topics"]),
];

export const SECTION_LABELS: readonly (ColumnDef & { key: SectionKey })[] = [
  label("discussion", "会议讨论", "Discussion", ["讨论情况", "讨论要点", "发言要点", "Discussion points"]),
  label("decisions", "会议决定（会议明确）", "Decisions", ["会议决定", "会议明确", "决定事项", "议定事项", "Decided", "Resolutions"]),
  label("actions", "行动事项", "Action items", ["待办事项", "落实事项", "Actions", "Action points"]),
];

export const SECTION_HINTS: Record<SectionKey, Bilingual> = {
  discussion: { zh: "在 B 列逐条记录讨论要点，行数不够可插入行。", en: "One point per row in column B; insert rows as needed." },
  decisions: {
    zh: "在 B 列逐条填写会议决定、会议明确的事项。",
    en: "What the meeting decided or made clear, one per row in column B.",
  },
  actions: {
    zh: "截止时间填日期（如 2026-12-20）；状态从下拉列表选择；可在表格下方继续添加行。填好后可将行动事项加入任务表。",
    en: "Due: a date (such as 2026-12-20); Status: pick from the list; add more rows below the table. The filled items can then be added to the Tasks sheet.",
  },
};

export type ActionColumn = "no" | "item" | "owner" | "due" | "status";

/** The action items table; the types are what `readActionItems` parses each cell as. */
export const ACTION_COLUMNS: readonly (ColumnDef & { key: ActionColumn })[] = [
  { key: "no", zh: "序号", en: "No.", synonyms: ["编号", "Number", "#"], type: "integer" },
  { key: "item", zh: "事项", en: "Item", synonyms: ["任务", "工作事项", "Action", "Task"], type: "text" },
  { key: "owner", zh: "负责人", en: "Owner", synonyms: ["责任人", "牵头人", "Responsible", "Assignee"], type: "text" },
  { key: "due", zh: "截止时间", en: "Due", synonyms: ["截止日期", "完成时限", "时限", "Deadline", "Due date"], type: "dateTime" },
  { key: "status", zh: "状态", en: "Status", synonyms: ["完成情况", "进度", "Progress"], type: "enum", enumDef: TASK_STATUS },
];

/** The generated-copy column's heading: what the add-in wrote last time, to tell the recorder's edits apart. */
export const COPY_HEADER = { zh: "自动生成", en: "Generated" } as const;

export const SHEET_NOTE: Bilingual = {
  zh: "第 1 行和灰色列不打印。灰色列是上次自动生成的内容，用来识别您改动过的项目，请勿编辑。",
  en: "Row 1 and the grey column do not print. The grey column holds what was generated last time, so your edits are kept; do not edit it.",
};

export const PLACEHOLDER: Bilingual = { zh: "【待填写】", en: "[to be filled in]" };

export const DUE_FORMAT: Record<Lang, string> = { zh: 'yyyy"年"m"月"d"日"', en: "yyyy-mm-dd" };

/** TaskItem notes: where a Tasks row came from. */
export const TASK_NOTE: Bilingual = { zh: "会议纪要", en: "From the minutes" };

export function minutesTitle(name: string | undefined, lang: Lang): string {
  if (lang === "zh") return `${name ?? "会议"}纪要`;
  if (!name) return "Minutes of the meeting";
  return /^the\s/i.test(name) ? `Minutes of ${name}` : `Minutes of the ${name}`;
}

export const KIND_LABEL = {
  present: { zh: "出席", en: "Present" },
  observers: { zh: "列席", en: "In attendance" },
  leave: { zh: "请假", en: "Apologies" },
  pending: { zh: "待确认", en: "Unconfirmed" },
} as const;

export const NAME_SEPARATOR: Record<Lang, string> = { zh: "、", en: ", " };
export const NONE: Bilingual = { zh: "无", en: "None" };
