import type { CellValue } from "../../../../src/core/cellValue";
import { workbook } from "../../rules/ruleHarness";

export const TARGET = { name: "签到表", mode: "replace", owner: "signIn", exists: false, marker: "none" } as const;

export const ROSTER: CellValue[][] = [
  ["姓名", "单位", "职务", "排序", "身份", "回执", "分组"],
  ["张伟", "市财政局", "局长", 3, "出席", "已确认", "第二组"],
  ["李娜", "市发改委", "主任", 1, "出席", "已确认", "第一组"],
  ["王强", "市财政局", "副局长", 5, "出席", "待确认", "第一组"],
  ["赵敏", "市发改委", "副主任", "", "列席", "已确认", "第二组"],
  ["钱进", "市财政局", "科员", "", "出席", "", ""],
  ["孙丽", "市发改委", "处长", 2, "出席", "请假", "第一组"],
  ["周杰", "市教育局", "处长", 4, "出席", "取消", "第一组"],
  ["吴刚", "会务组", "工作人员", "", "工作人员", "已确认", "第一组"],
  ["郑雪", "", "记者", 6, "嘉宾", "已确认", ""],
  ["冯涛", "市财政局 ", "科员", "", "出席", "已确认", "第二组"],
];

export const EVENT: CellValue[][] = [
  ["会议名称", "2026年度工作会议"],
  ["开始时间", "2026-12-10 09:00"],
  ["会议地点", "市行政中心3号楼6楼第一会议室"],
];

export function parsed(event: CellValue[][] = EVENT, roster: CellValue[][] = ROSTER) {
  return workbook({ 会议信息: event, 参会人员: roster });
}
