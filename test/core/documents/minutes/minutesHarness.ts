import type { CellValue } from "../../../../src/core/cellValue";
import { minutesSheet } from "../../../../src/core/documents/minutes";
import type { Lang } from "../../../../src/core/i18n";
import type { SheetWrite } from "../../../../src/core/plan/writePlan";
import { localToSerial } from "../../../../src/core/schema/normalize/serial";
import type { ParsedWorkbook } from "../../../../src/core/schema/parseWorkbook";
import type { SheetSnapshot } from "../../../../src/workbook/gateway";
import { workbook } from "../../rules/ruleHarness";

export const TARGET = { name: "会议纪要", mode: "replace", owner: "minutes", exists: true, marker: "current" } as const;

export type Row = [name: string, role: string, status: string, precedence?: number];

/** A small roster: name, 身份, 回执, 排序. */
export const ROSTER: Row[] = [
  ["李娜", "出席", "已确认", 2],
  ["张伟", "出席", "已确认", 1],
  ["王芳", "嘉宾", "待确认"],
  ["刘洋", "列席", "已确认"],
  ["陈静", "出席", "请假", 3],
  ["赵磊", "列席", "请假"],
  ["孙强", "出席", "取消"],
  ["周敏", "工作人员", "已确认"],
  ["吴刚", "讲师", ""],
];

export interface EventOverrides {
  [label: string]: CellValue;
}

const EVENT_DEFAULTS: EventOverrides = {
  会议名称: "2026年度工作会议",
  开始时间: localToSerial("2026-12-10", "09:00"),
  结束时间: localToSerial("2026-12-10", "17:30"),
  会议地点: "市行政中心第一会议室",
  主持人: "张伟",
  记录人: "周敏",
  主要内容: "传达上级会议精神；总结全年工作；部署明年任务",
};

/** A Chinese workbook with the given Event values (an empty string leaves the setting out) and roster. */
export function conference(event: EventOverrides = {}, roster: Row[] = ROSTER): ParsedWorkbook {
  const settings = Object.entries({ ...EVENT_DEFAULTS, ...event }).filter(([, v]) => v !== "");
  return workbook({
    会议信息: [["项目", "内容"], ...settings],
    参会人员: [["姓名", "身份", "回执", "排序"], ...roster.map((r) => [r[0], r[1], r[2], r[3] ?? ""])],
  });
}

export function build(parsed: ParsedWorkbook, previous?: SheetSnapshot, lang?: Lang): SheetWrite {
  return minutesSheet({ target: TARGET, parsed, previous, lang });
}

/** The sheet as Excel would give it back after writing: one rectangular used range from A1. */
export function snapshotOf(w: SheetWrite): SheetSnapshot {
  const block = w.values[0];
  return { name: w.name, top: block.row, left: block.col, values: block.values.map((r) => [...r]) };
}

export function grid(w: SheetWrite): CellValue[][] {
  return w.values[0].values;
}

/** The 0-based row whose column A reads `label`. */
export function rowOf(s: SheetSnapshot | SheetWrite, label: string): number {
  const values = "top" in s ? s.values : grid(s);
  const r = values.findIndex((row) => row[0] === label);
  if (r < 0) throw new Error(`no row labelled ${label}`);
  return r;
}

/** The value beside a label (column B). */
export function valueOf(s: SheetSnapshot | SheetWrite, label: string): CellValue {
  const values = "top" in s ? s.values : grid(s);
  return values[rowOf(s, label)][1];
}

/** Types into a snapshot as a recorder would (the used range grows when needed). */
export function type(s: SheetSnapshot, row: number, col: number, value: CellValue): void {
  const width = Math.max(s.values[0]?.length ?? 0, col + 1);
  while (s.values.length <= row) s.values.push(Array<CellValue>(width).fill(""));
  for (const r of s.values) while (r.length < width) r.push("");
  s.values[row][col] = value;
}

/** Inserts an empty row above `row`, as Excel's Insert Row does. */
export function insertRow(s: SheetSnapshot, row: number): void {
  s.values.splice(row, 0, Array<CellValue>(s.values[0].length).fill(""));
}
