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

/**
 * The notice's numbered items, in the order such notices give them (time and place first, then
 * who, what, check-in, dress, other matters, whom to ask). The meeting's name is the title's; the
 * contact and phone share the last item.
 */
export const NOTICE_ITEM_KEYS = ["duration", "venue", "attendeesScope", "content", "checkInTime", "dressCode", "notes", "contact"] as const;
export type NoticeItemKey = (typeof NOTICE_ITEM_KEYS)[number];

/** Every generated row, by the stable key the sheet's key column records. */
export const NOTICE_LINE_KEYS = [
  "title",
  "salutation",
  "opening",
  ...NOTICE_ITEM_KEYS,
  "closing",
  "attachment",
  "signOff",
  "date",
] as const;
export type NoticeLineKey = (typeof NOTICE_LINE_KEYS)[number];

/** Each item's heading in the text: "一、会议时间：" / "1. Dates: ". */
export const ITEM_HEADINGS: Record<NoticeItemKey, Bilingual> = {
  duration: { zh: "会议时间", en: "Dates" },
  venue: { zh: "会议地点", en: "Venue" },
  attendeesScope: { zh: "参会人员", en: "Attendees" },
  content: { zh: "会议内容", en: "Programme" },
  checkInTime: { zh: "报到时间及地点", en: "Check-in" },
  dressCode: { zh: "着装要求", en: "Dress code" },
  notes: { zh: "有关事项", en: "Please note" },
  contact: { zh: "联系方式", en: "Contact" },
};

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

/** "一、会议时间：" / "1. Dates: ": the items are numbered as a notice numbers them. */
export function numberedHeading(index: number, heading: string, lang: Lang): string {
  return lang === "zh" ? `${ZH_NUMERALS[index]}、${heading}：` : `${index + 1}. ${heading}: `;
}

/** A visible gap in the draft: "【待填写：报到时间】" / "[To be filled in: check-in time]". */
export function placeholder(wanted: Bilingual, lang: Lang): string {
  return lang === "zh" ? `【待填写：${wanted.zh}】` : `[To be filled in: ${wanted.en}]`;
}

/** Whether a text still holds a placeholder of either language (the planner may have switched languages). */
export function hasPlaceholder(text: string): boolean {
  return text.includes("【待填写") || text.includes("[To be filled in");
}

/** "the 2026 Annual Conference": an event's name in running English text. */
const the = (name: string) => (/^(the|this|our)\b|^\[/i.test(name) ? name : `the ${name}`);

export const L = {
  title: (name: string): Bilingual => ({ zh: `关于召开${name}的通知`, en: `Notice of ${the(name)}` }),
  salutation: (scope: string): Bilingual => ({ zh: `${scope}：`, en: `To: ${scope}` }),
  addressees: { zh: "主送单位", en: "addressees" } as Bilingual,
  opening: (name: string): Bilingual => ({
    zh: `经研究，决定召开${name}。现将有关事项通知如下：`,
    en: `We write to invite you to ${the(name)}. The arrangements are as follows.`,
  }),
  closing: { zh: "特此通知。", en: "We look forward to seeing you." } as Bilingual,
  attachment: { zh: "附件：参会回执", en: "Attached: Reply form" } as Bilingual,
  contactLine: (name: string, phone: string): Bilingual => ({
    zh: `联系人：${name}，联系电话：${phone}`,
    en: `${name}, telephone ${phone}`,
  }),
  thisMeeting: { zh: "本次会议", en: "this meeting" } as Bilingual,
  checkInPlace: (place: string): Bilingual => ({ zh: `，报到地点：${place}`, en: `, at ${place}` }),
  organiser: { zh: "发文单位", en: "issuing organisation" } as Bilingual,
  noticeDate: { zh: "发文日期", en: "date of issue" } as Bilingual,
  days: (n: number): Bilingual => ({ zh: `会期${n}天`, en: n === 1 ? "1 day" : `${n} days` }),
  to: { zh: "至", en: "to" } as Bilingual,
  from: { zh: "起", en: "from" } as Bilingual,
  generated: { zh: "自动生成的原文（不打印）", en: "Generated text (not printed)" } as Bilingual,
  key: { zh: "键", en: "Key" } as Bilingual,
  howTo: {
    zh: "在 A 列修改通知正文，可增删段落；重新生成时保留您改过的内容。灰色列为自动生成的原文，不打印。",
    en: "Edit the notice in column A, add or remove paragraphs; your edits are kept when it is regenerated. The grey columns hold the generated text and do not print.",
  } as Bilingual,
};
