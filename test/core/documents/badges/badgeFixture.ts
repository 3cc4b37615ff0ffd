import type { CellValue } from "../../../../src/core/cellValue";
import { workbook } from "../../rules/ruleHarness";

export const TARGET = { name: "证件", mode: "replace", owner: "badges", exists: false, marker: "none" } as const;

export const ROSTER: CellValue[][] = [
  ["姓名", "单位", "职务", "排序", "身份", "回执", "证件类型", "分组"],
  ["吴刚", "会务组", "组长", "", "工作人员", "已确认", "", "会务组"],
  ["赵敏", "市发改委", "副主任", 8, "列席", "已确认", "", ""],
  ["张伟", "市财政局", "局长", 3, "出席", "已确认", "", "第二组"],
  ["李娜", "市发改委", "主任", 1, "出席", "待确认", "出席证", "第一组"],
  ["郑雪", "日报社", "记者", "", "嘉宾", "已确认", "", ""],
  ["孙丽", "市发改委", "处长", 2, "出席", "请假", "", ""],
  ["周杰", "市教育局", "处长", 4, "讲师", "取消", "", ""],
  ["王强", "市财政局", "副局长", 5, "出席", "已确认", "列席证", ""],
  ["钱进", "", "", "", "", "", "", ""],
];

export const roster = (rows: CellValue[][] = ROSTER) => workbook({ 参会人员: rows });
