import type { CellValue } from "../../../src/core/cellValue";
import { a1 } from "../../../src/core/cellAddress";
import { enumLabel, SEATING_CONVENTION } from "../../../src/core/schema/enums";
import { EVENT } from "../../../src/core/schema/sheets";
import { at, momentSerial, serialToDate } from "../excelDate";
import type { Lexicon } from "../lexicon/types";
import type { CellFormat, GeneratedSheet } from "../types";
import { MONTHS_EN } from "../../../src/core/schema/normalize/dateFormat";

export interface EventFacts {
  startSerial: number;
  host: string;
  recorder: string;
  contact: string;
  contactPhone: string;
  totalBudget: number;
  firstHotel: string;
}

/** The text settings of the notice, in the sheet's language. */
function texts(lex: Lexicon, f: EventFacts): Record<string, string> {
  const d1 = serialToDate(f.startSerial);
  const d2 = serialToDate(f.startSerial + 1);
  const reply = serialToDate(f.startSerial - 3);
  const y = d1.year;
  if (lex.lang === "zh") {
    const span = d1.month === d2.month ? `${d1.month}月${d1.day}日—${d2.day}日` : `${d1.month}月${d1.day}日—${d2.month}月${d2.day}日`;
    return {
      name: `${y}年度工作会议`,
      theme: `总结${y}年工作，部署${y + 1}年重点任务`,
      content: `传达学习上级会议精神；总结${y}年度工作；部署${y + 1}年重点任务；表彰先进集体和个人；分组讨论`,
      attendeesScope: "市政府领导；各区县政府、市直各部门主要负责同志；有关企业、高校代表；特邀嘉宾",
      duration: `2天（${span}）`,
      checkInPlace: `${f.firstHotel}一楼大堂（外地代表）；市行政中心3号楼1楼大厅（本市代表）`,
      venue: "市行政中心3号楼6楼第一会议室",
      dressCode: "正装（男士深色西装，女士职业装）",
      notes: `请于${reply.month}月${reply.day}日前报送参会回执及车次航班信息；报到时请携带会议通知和身份证；会议期间请将手机调至静音；会议文件会后统一清退`,
    };
  }
  const span =
    d1.month === d2.month
      ? `${d1.day}–${d2.day} ${MONTHS_EN[d1.month - 1]}`
      : `${d1.day} ${MONTHS_EN[d1.month - 1]} – ${d2.day} ${MONTHS_EN[d2.month - 1]}`;
  return {
    name: `${y} Annual Conference`,
    theme: `Review of ${y} and priorities for ${y + 1}`,
    content: `Chief Executive's report; review of ${y}; priorities for ${y + 1}; partnership awards; breakout discussions`,
    attendeesScope: "Board members; member councils and partner organisations; invited guests and speakers",
    duration: `2 days (${span})`,
    checkInPlace: `${f.firstHotel} lobby (visitors); Level 1 foyer, Riverside Conference Centre (local delegates)`,
    venue: "Riverside Conference Centre, Building 3, Level 6, Hall 1",
    dressCode: "Business attire",
    notes: `Please confirm attendance and travel details by ${reply.day} ${MONTHS_EN[reply.month - 1]}; bring photo ID to registration; phones on silent during sessions; confidential papers are collected at the close`,
  };
}

/** 会议信息 / Event: one setting per row, the contract's key in column A and its value in column B. */
export function eventSheet(lex: Lexicon, f: EventFacts, mistakes: boolean): GeneratedSheet {
  const t = texts(lex, f);
  const values: Record<string, CellValue> = {
    ...t,
    start: momentSerial(f.startSerial, at(0, "09:00")),
    end: momentSerial(f.startSerial, at(1, "17:30")),
    checkInTime: momentSerial(f.startSerial, at(-1, "14:00")),
    host: f.host,
    recorder: f.recorder,
    contact: f.contact,
    contactPhone: f.contactPhone,
    totalBudget: f.totalBudget,
    currency: lex.currency,
    seatingConvention: enumLabel(SEATING_CONVENTION, lex.seating, lex.lang),
    seatsPerTable: 10,
    language: lex.languageName,
  };
  // The notice's eight elements include 着装; planners often leave it out.
  if (mistakes) values.dressCode = "";
  const rows: CellValue[][] = [lex.lang === "zh" ? ["项目", "内容"] : ["Setting", "Value"]];
  const cellFormats: Record<string, CellFormat> = {};
  EVENT.keys.forEach((k, i) => {
    rows.push([k[lex.lang], values[k.key] ?? ""]);
    const format: CellFormat | undefined =
      k.type === "dateTime" ? "dateTime" : k.type === "money" ? "money" : k.type === "phone" || k.type === "idText" ? "text" : undefined;
    if (format) cellFormats[a1(i + 1, 1)] = format;
  });
  return { key: "event", name: EVENT[lex.lang], rows, dateColumns: [], textColumns: [0], moneyColumns: [], cellFormats };
}
