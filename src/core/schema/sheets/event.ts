import { SEATING_CONVENTION, type SeatingConvention } from "../enums";
import type { KeyValueSheetDef } from "../sheetDef";
import type { DateTimeValue } from "../values";

/** 会议信息 / Event: one setting per row, key in one column and value in the next. */
export interface EventFields {
  name: string;
  theme: string;
  content: string;
  attendeesScope: string;
  start: DateTimeValue;
  end: DateTimeValue;
  duration: string;
  checkInTime: DateTimeValue;
  checkInPlace: string;
  venue: string;
  host: string;
  recorder: string;
  dressCode: string;
  notes: string;
  contact: string;
  contactPhone: string;
  totalBudget: number;
  currency: string;
  seatingConvention: SeatingConvention;
  seatsPerTable: number;
  language: string;
}

export const EVENT: KeyValueSheetDef = {
  key: "event",
  layout: "keyValue",
  zh: "会议信息",
  en: "Event",
  synonyms: ["会议基本信息", "基本信息", "会议概况", "会议", "活动信息", "Meeting", "Event info", "Meeting info", "Settings"],
  optional: false,
  minHeaderMatches: 3,
  keys: [
    {
      key: "name",
      zh: "会议名称",
      en: "Event name",
      synonyms: ["会名", "名称", "Meeting name", "Meeting", "Event"],
      type: "text",
      examples: { zh: ["2026年度工作会议"], en: ["2026 Annual Conference"] },
    },
    { key: "theme", zh: "会议主题", en: "Theme", synonyms: ["主题", "主旨"], type: "text" },
    { key: "content", zh: "主要内容", en: "Content", synonyms: ["会议内容", "议题", "主要议题", "Agenda", "Topics"], type: "text" },
    {
      key: "attendeesScope",
      zh: "参会范围",
      en: "Attendees",
      synonyms: ["参加人员", "参会人员", "出席范围", "Participants", "Who attends"],
      type: "text",
    },
    { key: "start", zh: "开始时间", en: "Start", synonyms: ["会议时间", "开会时间", "开始日期", "Start date", "Starts"], type: "dateTime" },
    { key: "end", zh: "结束时间", en: "End", synonyms: ["结束日期", "闭会时间", "End date", "Ends"], type: "dateTime" },
    { key: "duration", zh: "会期", en: "Duration", synonyms: ["会议天数", "Length"], type: "text" },
    {
      key: "checkInTime",
      zh: "报到时间",
      en: "Check-in time",
      synonyms: ["报到日期", "签到时间", "Registration", "Registration time"],
      type: "dateTime",
    },
    {
      key: "checkInPlace",
      zh: "报到地点",
      en: "Check-in place",
      synonyms: ["签到地点", "报到处", "Registration desk", "Check-in desk"],
      type: "text",
    },
    { key: "venue", zh: "会议地点", en: "Venue", synonyms: ["会址", "地点", "会场", "Location", "Place"], type: "text" },
    { key: "host", zh: "主持人", en: "Chair", synonyms: ["主持", "Host", "Moderator", "Chairperson"], type: "text" },
    {
      key: "recorder",
      zh: "记录人",
      en: "Recorder",
      synonyms: ["记录", "会议记录人", "Minute taker", "Secretary", "Note taker"],
      type: "text",
    },
    { key: "dressCode", zh: "着装", en: "Dress code", synonyms: ["着装要求", "服装", "Attire"], type: "text" },
    {
      key: "notes",
      zh: "注意事项",
      en: "Notes",
      synonyms: ["其他事项", "须知", "会议须知", "Remarks", "Notes for attendees"],
      type: "text",
    },
    { key: "contact", zh: "联系人", en: "Contact", synonyms: ["会务联系人", "Contact person"], type: "text" },
    { key: "contactPhone", zh: "联系电话", en: "Contact phone", synonyms: ["联系方式", "会务电话", "Phone"], type: "phone" },
    {
      key: "totalBudget",
      zh: "预算总额",
      en: "Total budget",
      synonyms: ["批准预算", "经费总额", "总预算", "Approved budget", "Budget"],
      type: "money",
    },
    { key: "currency", zh: "币种", en: "Currency", synonyms: ["货币"], type: "text" },
    {
      key: "seatingConvention",
      zh: "座次惯例",
      en: "Seating convention",
      synonyms: ["座次", "排座惯例", "Protocol"],
      type: "enum",
      enumDef: SEATING_CONVENTION,
    },
    { key: "seatsPerTable", zh: "每桌人数", en: "Seats per table", synonyms: ["每桌", "桌容量", "Table size"], type: "integer" },
    { key: "language", zh: "语言", en: "Language", synonyms: ["输出语言", "Output language"], type: "text" },
  ],
};
