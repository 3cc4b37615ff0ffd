/**
 * The rows above a header-less list that are not data: a merged title ("参会人员名单",
 * "2026年度工作会议签到表"), a fill-in line ("填报单位：        日期："), blank rows.
 */
import { isBlank, isExcelError, type CellValue } from "../../cellValue";
import { cellText } from "../normalize/cellText";
import { fieldOfCell } from "./cellField";

/** No list has more title rows than this; below it, everything is data. */
export const MAX_TITLE_ROWS = 10;

const CHINESE_TITLE =
  /(?:名单|名册|名录|签到表|签到册|签到单|一览表|通讯录|登记表|报名表|回执|统计表|汇总表|信息表|安排表|座次表|桌签|席卡|桌卡|台签|明细|清单)$|名单|签到/;
const ENGLISH_TITLE =
  /\b(?:list|lists|roster|sign[- ]?in|place cards?|name cards?|table tents?|seating|registration|attendees|participants|delegates|invitees)\b/i;
// "填报单位：", "Date:": a label waiting for its value.
const FILL_IN = /^\p{L}[^:：]{0,11}[:：]/u;
/** A title may share its row with one more cell, such as the date. */
const MAX_TITLE_CELLS = 2;

function filled(row: readonly CellValue[]): CellValue[] {
  return row.filter((v) => !isBlank(v) && !isExcelError(v));
}

function isTitleText(s: string): boolean {
  return CHINESE_TITLE.test(s) || ENGLISH_TITLE.test(s);
}

function isTitleRow(row: readonly CellValue[]): boolean {
  const cells = filled(row);
  if (cells.length === 0) return true;
  const texts = cells.map(cellText);
  if (cells.length <= MAX_TITLE_CELLS && texts.some(isTitleText)) return true;
  if (texts.every((t) => FILL_IN.test(t))) return true;
  // A lone cell is a title unless it is a name: a list's first person may have nothing else filled in.
  return cells.length === 1 && fieldOfCell(cells[0]) !== "name";
}

/** The 0-based index of the first row that looks like data; at most MAX_TITLE_ROWS rows are skipped. */
export function firstDataRow(values: readonly (readonly CellValue[])[]): number {
  const limit = Math.min(MAX_TITLE_ROWS, values.length);
  let r = 0;
  while (r < limit && isTitleRow(values[r] ?? [])) r++;
  return r;
}
