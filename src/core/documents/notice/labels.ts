import type { Bilingual, Lang } from "../../i18n";

export const NOTICE_SHEET_NAME = { zh: "会议通知", en: "Notice" } as const;

/** The notice's elements: the seed's eight (八要素) in its order, then whom to contact. */
export const NOTICE_ELEMENT_KEYS = [
  "name",
  "content",
  "attendeesScope",
  "checkInTime",
  "duration",
  "venue",
  "dressCode",
  "notes",
  "contact",
  "contactPhone",
] as const;
export type NoticeElementKey = (typeof NOTICE_ELEMENT_KEYS)[number];

/** Every generated row, by the stable key the sheet's key column records. */
export const NOTICE_LINE_KEYS = ["title", "salutation", "opening", ...NOTICE_ELEMENT_KEYS, "signOff", "date"] as const;
export type NoticeLineKey = (typeof NOTICE_LINE_KEYS)[number];

interface ElementLabel {
  /** The row label on the notice. */
  label: Bilingual;
  /** What the placeholder asks for. */
  wanted: Bilingual;
  /** The Event rows that give it, as the Event sheet names them. */
  eventRows: Bilingual;
}

export const ELEMENT_LABELS: Record<NoticeElementKey, ElementLabel> = {
  name: {
    label: { zh: "会议名称", en: "Event" },
    wanted: { zh: "会议名称", en: "event name" },
    eventRows: { zh: "会议名称", en: "Event name" },
  },
  content: {
    label: { zh: "主要内容", en: "Content" },
    wanted: { zh: "主要内容", en: "main business" },
    eventRows: { zh: "主要内容（或会议主题）", en: "Content (or Theme)" },
  },
  attendeesScope: {
    label: { zh: "参加人员", en: "Attendees" },
    wanted: { zh: "参加人员", en: "who attends" },
    eventRows: { zh: "参会范围", en: "Attendees" },
  },
  checkInTime: {
    label: { zh: "报到时间", en: "Check-in" },
    wanted: { zh: "报到时间", en: "check-in time" },
    eventRows: { zh: "报到时间", en: "Check-in time" },
  },
  duration: {
    label: { zh: "会期", en: "Dates" },
    wanted: { zh: "会期", en: "duration" },
    eventRows: { zh: "结束时间（或会期）", en: "End (or Duration)" },
  },
  venue: { label: { zh: "会址", en: "Venue" }, wanted: { zh: "会议地点", en: "venue" }, eventRows: { zh: "会议地点", en: "Venue" } },
  dressCode: {
    label: { zh: "着装", en: "Dress code" },
    wanted: { zh: "着装要求", en: "dress code" },
    eventRows: { zh: "着装", en: "Dress code" },
  },
  notes: {
    label: { zh: "注意事项", en: "Notes" },
    wanted: { zh: "注意事项", en: "notes for attendees" },
    eventRows: { zh: "注意事项", en: "Notes" },
  },
  contact: {
    label: { zh: "联系人", en: "Contact" },
    wanted: { zh: "联系人", en: "contact person" },
    eventRows: { zh: "联系人", en: "Contact" },
  },
  contactPhone: {
    label: { zh: "联系电话", en: "Phone" },
    wanted: { zh: "联系电话", en: "contact phone" },
    eventRows: { zh: "联系电话", en: "Contact phone" },
  },
};

const ZH_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** "一、会议名称" / "1. Event": the eight elements are numbered as a notice numbers its items. */
export function numberedLabel(index: number, label: string, lang: Lang): string {
  return lang === "zh" ? `${ZH_NUMERALS[index]}、${label}` : `${index + 1}. ${label}`;
}

/** A visible gap in the draft: "【待填写：报到时间】" / "[To be filled in: check-in time]". */
export function placeholder(wanted: Bilingual, lang: Lang): string {
  return lang === "zh" ? `【待填写：${wanted.zh}】` : `[To be filled in: ${wanted.en}]`;
}

/** Whether a text still holds a placeholder of either language (the planner may have switched languages). */
export function hasPlaceholder(text: string): boolean {
  return text.includes("【待填写") || text.includes("[To be filled in");
}

export const L = {
  title: (name: string): Bilingual => ({ zh: `关于召开${name}的通知`, en: `Notice of ${name}` }),
  salutation: (scope: string): Bilingual => ({ zh: `${scope}：`, en: `To: ${scope}` }),
  addressees: { zh: "主送单位", en: "addressees" } as Bilingual,
  opening: (name: string): Bilingual => ({
    zh: `经研究，决定召开${name}。现将有关事项通知如下：`,
    en: `Please note the following arrangements for ${name}.`,
  }),
  thisMeeting: { zh: "本次会议", en: "this meeting" } as Bilingual,
  checkInPlace: (place: string): Bilingual => ({ zh: `，报到地点：${place}`, en: `, at ${place}` }),
  organiser: { zh: "发文单位", en: "issuing organisation" } as Bilingual,
  noticeDate: { zh: "发文日期", en: "date of issue" } as Bilingual,
  days: (n: number): Bilingual => ({ zh: `共${n}天`, en: n === 1 ? "1 day" : `${n} days` }),
  to: { zh: "至", en: "to" } as Bilingual,
  from: { zh: "起", en: "from" } as Bilingual,
  generated: { zh: "自动生成", en: "Generated" } as Bilingual,
  key: { zh: "键", en: "Key" } as Bilingual,
  howTo: {
    zh: "在 B 列修改通知正文；重新生成时保留您改过的内容，灰色列为自动生成的原文（不打印）。",
    en: "Edit the notice in column B; your edits are kept when it is regenerated. The grey columns hold the generated text (not printed).",
  } as Bilingual,
};
