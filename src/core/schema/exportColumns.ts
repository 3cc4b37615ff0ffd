import { foldKey } from "./normalize/text";

/**
 * Columns a questionnaire or registration export adds about the response, not the person
 * (问卷星's 序号 / 提交答卷时间 / 来自IP, Google Forms' Timestamp, Microsoft Forms' Start time).
 * They are recognised so they are neither guessed at nor reported as unknown, and kept as typed.
 */
const EXPORT_HEADERS = [
  "序号",
  "行号",
  "提交答卷时间",
  "提交时间",
  "填写时间",
  "答题时间",
  "所用时间",
  "答题时长",
  "来源",
  "来源详情",
  "来自IP",
  "IP",
  "IP地址",
  "填写设备",
  "操作系统",
  "浏览器",
  "微信昵称",
  "微信openid",
  "总分",
  "提交者",
  "填写人",
  "答卷编号",
  "Timestamp",
  "Start time",
  "Completion time",
  "Last modified time",
  "Submitted at",
  "Submission date",
  "Submission ID",
  "Response ID",
  "Respondent ID",
  "Created",
  "Created at",
  "Modified",
  "Network ID",
  "Token",
  "#",
];

const KEYS = new Set(EXPORT_HEADERS.map(foldKey));

export function isExportColumn(header: string): boolean {
  const k = foldKey(header);
  return k !== "" && KEYS.has(k);
}
