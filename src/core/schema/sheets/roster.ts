import { BADGE, GENDER, ROLE, RSVP_STATUS, type Badge, type Gender, type Role, type RsvpStatus } from "../enums";
import type { TableSheetDef } from "../sheetDef";
import type { DateTimeValue } from "../values";

/** 参会人员 / Roster: one row per person. */
export interface RosterFields {
  id: string;
  name: string;
  gender: Gender;
  organisation: string;
  title: string;
  precedence: number;
  role: Role;
  vip: boolean;
  status: RsvpStatus;
  phone: string;
  email: string;
  idNumber: string;
  badge: Badge;
  origin: string;
  arrival: DateTimeValue;
  arrivalTransport: string;
  departure: DateTimeValue;
  departureTransport: string;
  needsHotel: boolean;
  hotel: string;
  roomType: string;
  room: string;
  roommate: string[];
  diet: string;
  group: string;
  dais: boolean;
  party: string;
  keepApart: string[];
  table: string;
  seat: string;
  locked: boolean;
  notes: string;
}

export const ROSTER: TableSheetDef = {
  key: "roster",
  layout: "table",
  zh: "参会人员",
  en: "Roster",
  synonyms: [
    "参会名单",
    "人员名单",
    "与会人员",
    "名单",
    "花名册",
    "参会人员名单",
    "报名表",
    "Attendees",
    "Participants",
    "Guest list",
    "Guests",
    "Delegates",
  ],
  optional: false,
  essential: ["name"],
  minHeaderMatches: 3,
  columns: [
    {
      key: "id",
      zh: "编号",
      en: "ID",
      synonyms: ["人员编号", "代表编号", "序号编号", "No.", "Attendee ID"],
      type: "idText",
      width: 8,
      examples: { zh: ["A001", "A002"], en: ["A001", "A002"] },
    },
    {
      key: "name",
      zh: "姓名",
      en: "Name",
      synonyms: ["名字", "参会人", "与会人员", "参会人姓名", "Full name", "Attendee", "Guest name"],
      type: "text",
      width: 10,
      examples: { zh: ["张伟", "李娜"], en: ["Alice Chen", "Robert Miles"] },
    },
    {
      key: "gender",
      zh: "性别",
      en: "Gender",
      synonyms: ["Sex"],
      type: "enum",
      enumDef: GENDER,
      width: 6,
      examples: { zh: ["男", "女"], en: ["Female", "Male"] },
    },
    {
      key: "organisation",
      zh: "单位",
      en: "Organisation",
      synonyms: ["工作单位", "所在单位", "单位名称", "部门", "Organization", "Company", "Affiliation", "Department"],
      type: "text",
      width: 18,
      examples: { zh: ["市发展改革委", "市财政局"], en: ["City Planning Office", "Finance Bureau"] },
    },
    {
      key: "title",
      zh: "职务",
      en: "Title",
      synonyms: ["职位", "职称", "Position", "Job title"],
      type: "text",
      width: 12,
      examples: { zh: ["主任", "副局长"], en: ["Director", "Deputy Director"] },
    },
    {
      key: "precedence",
      zh: "排序",
      en: "Precedence",
      synonyms: ["位次", "礼宾次序", "排位", "Rank", "Order", "Protocol order"],
      type: "integer",
      width: 6,
      examples: { zh: [1, 2], en: [1, 2] },
    },
    {
      key: "role",
      zh: "身份",
      en: "Role",
      synonyms: ["参会身份", "人员类别", "类别", "Attendee type", "Category"],
      type: "enum",
      enumDef: ROLE,
      width: 8,
      examples: { zh: ["出席", "出席"], en: ["Attendee", "Attendee"] },
    },
    {
      key: "vip",
      zh: "VIP",
      en: "VIP",
      synonyms: ["重要嘉宾", "贵宾", "是否VIP", "Is VIP"],
      type: "boolean",
      width: 6,
      examples: { zh: ["是", "否"], en: ["Yes", "No"] },
    },
    {
      key: "status",
      zh: "回执",
      en: "Status",
      synonyms: ["回执状态", "确认状态", "参会状态", "状态", "RSVP", "RSVP status"],
      type: "enum",
      enumDef: RSVP_STATUS,
      width: 8,
      examples: { zh: ["已确认", "待确认"], en: ["Confirmed", "Pending"] },
    },
    {
      key: "phone",
      zh: "电话",
      en: "Phone",
      synonyms: ["手机", "手机号", "手机号码", "联系电话", "联系方式", "Mobile", "Tel", "Telephone"],
      type: "phone",
      width: 14,
      examples: { zh: ["13800138000", "13912345678"], en: ["+44 7700 900123", "+1 415 555 0134"] },
    },
    {
      key: "email",
      zh: "邮箱",
      en: "Email",
      synonyms: ["电子邮箱", "电子邮件", "E-mail", "Mail"],
      type: "email",
      width: 22,
      examples: { zh: ["zhangwei@example.cn", "lina@example.cn"], en: ["alice@example.org", "robert@example.org"] },
    },
    {
      key: "idNumber",
      zh: "身份证号",
      en: "ID number",
      synonyms: ["证件号码", "身份证号码", "Passport", "Passport number", "ID no"],
      type: "idText",
      width: 20,
    },
    {
      key: "badge",
      zh: "证件类型",
      en: "Badge",
      synonyms: ["证件", "胸卡", "参会证", "Badge type", "Pass"],
      type: "enum",
      enumDef: BADGE,
      width: 8,
      examples: { zh: ["出席证", "出席证"], en: ["Attendee badge", "Attendee badge"] },
    },
    {
      key: "origin",
      zh: "出发地",
      en: "From",
      synonyms: ["来自", "所在城市", "城市", "Origin", "City", "Travelling from"],
      type: "text",
      width: 8,
      examples: { zh: ["本市", "本市"], en: ["Local", "Local"] },
    },
    {
      key: "arrival",
      zh: "抵达时间",
      en: "Arrival",
      synonyms: ["到达时间", "来程时间", "抵达日期", "Arrival time", "Arrives"],
      type: "dateTime",
      width: 16,
    },
    {
      key: "arrivalTransport",
      zh: "抵达车次航班",
      en: "Arrival flight/train",
      synonyms: ["来程车次航班", "来程航班", "抵达航班", "航班车次", "车次航班", "航班号", "Inbound", "Arrival flight", "Flight"],
      type: "text",
      width: 12,
    },
    {
      key: "departure",
      zh: "返程时间",
      en: "Departure",
      synonyms: ["离会时间", "离开时间", "返程日期", "Departure time", "Leaves"],
      type: "dateTime",
      width: 16,
    },
    {
      key: "departureTransport",
      zh: "返程车次航班",
      en: "Departure flight/train",
      synonyms: ["返程航班", "返程车次", "Outbound", "Return flight"],
      type: "text",
      width: 12,
    },
    {
      key: "needsHotel",
      zh: "需住宿",
      en: "Needs hotel",
      synonyms: ["是否住宿", "住宿", "需要住宿", "Hotel needed", "Accommodation", "Needs accommodation"],
      type: "boolean",
      width: 7,
      examples: { zh: ["否", "否"], en: ["No", "No"] },
    },
    { key: "hotel", zh: "酒店", en: "Hotel", synonyms: ["入住酒店", "住宿酒店", "宾馆"], type: "text", width: 14 },
    { key: "roomType", zh: "房型", en: "Room type", synonyms: ["房间类型"], type: "text", width: 8 },
    { key: "room", zh: "房号", en: "Room", synonyms: ["房间号", "房间", "Room number", "Room no"], type: "idText", width: 7 },
    {
      key: "roommate",
      zh: "同住人",
      en: "Roommate",
      synonyms: ["合住人", "同住", "Room share with", "Sharing with"],
      type: "list",
      width: 10,
    },
    {
      key: "diet",
      zh: "生活习俗",
      en: "Diet",
      synonyms: ["饮食", "饮食禁忌", "饮食要求", "民族习惯", "Dietary", "Dietary requirements", "Dietary needs"],
      type: "text",
      width: 10,
    },
    { key: "group", zh: "分组", en: "Group", synonyms: ["小组", "组别", "讨论组"], type: "text", width: 8 },
    {
      key: "dais",
      zh: "主席台",
      en: "Rostrum",
      synonyms: ["上主席台", "主席台就座", "Dais", "On rostrum", "Head table"],
      type: "boolean",
      width: 7,
    },
    { key: "party", zh: "同行", en: "Party", synonyms: ["随行", "随同", "同行人", "Accompanying", "With"], type: "text", width: 10 },
    {
      key: "keepApart",
      zh: "不同桌",
      en: "Keep apart",
      synonyms: ["回避", "不宜同桌", "Not with", "Keep apart from"],
      type: "list",
      width: 10,
    },
    { key: "table", zh: "桌号", en: "Table", synonyms: ["桌次", "Table no"], type: "idText", width: 6 },
    { key: "seat", zh: "座位", en: "Seat", synonyms: ["座位号", "座号", "Seat no"], type: "idText", width: 6 },
    { key: "locked", zh: "锁定", en: "Locked", synonyms: ["固定", "Pinned", "Lock"], type: "boolean", width: 6 },
    { key: "notes", zh: "备注", en: "Notes", synonyms: ["说明", "Remarks", "Comment", "Comments"], type: "text", width: 16 },
  ],
};
