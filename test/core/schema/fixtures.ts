import { parseA1 } from "../../../src/core/cellAddress";
import type { CellValue } from "../../../src/core/cellValue";
import type { Finding } from "../../../src/core/finding";
import { guessRosterLayout } from "../../../src/core/schema/guessLayout";
import { locateByContents } from "../../../src/core/schema/locateInputs";
import { locateByName, type Located } from "../../../src/core/schema/locateSheets";
import { parseWorkbook, type ParsedWorkbook } from "../../../src/core/schema/parseWorkbook";
import type { ColumnDef, KeyValueSheetDef, TableSheetDef } from "../../../src/core/schema/sheetDef";
import { INPUT_SHEETS } from "../../../src/core/schema/sheets";
import type { SheetSnapshot } from "../../../src/workbook/gateway";

/** Excel serials of a few days, written out so the tests do not lean on the code under test. */
export const SERIAL = {
  "2026-03-14": 46095,
  "2026-03-15": 46096,
  "2026-03-16": 46097,
} as const;

/**
 * A sheet snapshot as a gateway returns it: rows padded to a rectangle with "", its top-left
 * cell at `at` ("C3" puts values[0][0] in C3).
 */
export function sheet(name: string, rows: CellValue[][], at = "A1"): SheetSnapshot {
  const origin = parseA1(at);
  if (!origin) throw new Error(`bad address ${at}`);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]);
  return { name, top: origin.row, left: origin.col, values };
}

/** What readInputs does without a gateway: sheets by name first, the rest by their contents. */
export function locate(sheets: readonly SheetSnapshot[]): Located {
  const byName = locateByName(
    sheets.map((s) => s.name),
    INPUT_SHEETS,
  );
  const used = new Set(Object.values(byName).map((l) => l!.name));
  const candidates = sheets.filter((s) => !used.has(s.name));
  return locateByContents(candidates, byName, guessRosterLayout).located;
}

/** Locates and parses, the way a command reads its inputs. */
export function parse(...sheets: SheetSnapshot[]): ParsedWorkbook {
  return parseWorkbook(sheets, locate(sheets));
}

export function column(def: TableSheetDef | KeyValueSheetDef, key: string): ColumnDef {
  const cols = def.layout === "table" ? def.columns : def.keys;
  const c = cols.find((x) => x.key === key);
  if (!c) throw new Error(`no column ${key} on ${def.key}`);
  return c;
}

export function withId(findings: readonly Finding[], id: string): Finding[] {
  return findings.filter((f) => f.id === id);
}

/** "A1" or "A1:C7" with sane letters and a row from 1. */
export const A1_OR_RANGE = /^[A-Z]{1,3}[1-9][0-9]*(:[A-Z]{1,3}[1-9][0-9]*)?$/;

/** Whether an A1 address lies inside a snapshot's used range. */
export function insideSheet(address: string, snap: SheetSnapshot): boolean {
  const ref = parseA1(address);
  if (!ref) return false;
  const width = snap.values[0]?.length ?? 0;
  return ref.row >= snap.top && ref.row < snap.top + snap.values.length && ref.col >= snap.left && ref.col < snap.left + width;
}

/** A small Chinese roster as planners keep it: a title row, a note, then the header row. */
export function zhRoster(name = "参会人员"): SheetSnapshot {
  return sheet(name, [
    ["2026年度工作会议参会人员名单"],
    ["注：带*为必填项"],
    ["编号", "姓名*", "性别", "单位", "职务", "身份", "VIP", "回执", "电话", "抵达时间"],
    ["A001", "张伟", "男", "市发展改革委", "主任", "出席", "是", "已确认", 13800138000, SERIAL["2026-03-15"]],
    ["A002", "李娜", "女", "市财政局", "副局长", "嘉宾", "否", "待确认", "13912345678", "2026-03-14 18:30"],
  ]);
}

export function enRoster(name = "Roster"): SheetSnapshot {
  return sheet(name, [
    ["ID", "Name", "Gender", "Organisation", "Title", "Role", "VIP", "Status", "Phone", "Arrival"],
    [
      "A001",
      "Alice Chen",
      "Female",
      "City Planning Office",
      "Director",
      "Attendee",
      "Yes",
      "Confirmed",
      "+44 7700 900123",
      SERIAL["2026-03-15"],
    ],
    ["A002", "Robert Miles", "Male", "Finance Bureau", "Deputy Director", "Speaker", "No", "Pending", "+1 415 555 0134", ""],
  ]);
}

export function zhBudget(name = "预算"): SheetSnapshot {
  return sheet(name, [
    ["类别", "项目", "数量", "单价", "预算金额", "实际金额", "付款状态", "备注"],
    ["会议厅费", "主会场租赁（2天）", 2, 15000, 30000, 28000, "已付款", ""],
    ["餐饮", "工作餐", 200, 120, 24000, "", "未付款", ""],
  ]);
}

export function enBudget(name = "Budget"): SheetSnapshot {
  return sheet(name, [
    ["Category", "Item", "Quantity", "Unit price", "Budget", "Actual", "Payment status", "Notes"],
    ["Venue hire", "Main hall, 2 days", 2, 6000, 12000, 11500, "Paid", ""],
    ["Catering", "Working lunch", 90, 100, 9000, "", "Unpaid", ""],
  ]);
}

export function zhTasks(name = "任务"): SheetSnapshot {
  return sheet(name, [
    ["编号", "阶段", "任务", "负责人", "小组", "截止时间", "状态", "依赖", "备注"],
    ["T01", "会前", "印发会议通知", "王芳", "会务组", SERIAL["2026-03-14"], "未开始", "", ""],
    ["T02", "会中", "设立签到台", "刘洋", "会务组", "", "进行中", "T01", ""],
  ]);
}

export function enTasks(name = "Tasks"): SheetSnapshot {
  return sheet(name, [
    ["ID", "Phase", "Task", "Owner", "Group", "Due", "Status", "Depends on", "Notes"],
    ["T01", "Before", "Send the meeting notice", "Mia Wong", "Logistics team", SERIAL["2026-03-14"], "Not started", "", ""],
    ["T02", "During", "Set up the check-in desk", "Sam Lee", "Logistics team", "", "In progress", "T01", ""],
  ]);
}

export function zhEvent(name = "会议信息", extraRows: CellValue[][] = []): SheetSnapshot {
  return sheet(name, [
    ["项目", "内容"],
    ["会议名称", "2026年度工作会议"],
    ["开始时间", SERIAL["2026-03-15"] + 0.375],
    ["会议地点", "国际会议中心三楼报告厅"],
    ["预算总额", "¥500,000"],
    ["座次惯例", "中式"],
    ["每桌人数", 10],
    ...extraRows,
  ]);
}

export function enEvent(name = "Event", extraRows: CellValue[][] = []): SheetSnapshot {
  return sheet(name, [
    ["Setting", "Value"],
    ["Event name", "2026 Annual Conference"],
    ["Start", SERIAL["2026-03-15"] + 0.375],
    ["Venue", "Riverside Conference Centre"],
    ["Total budget", 50000],
    ["Seating convention", "International"],
    ...extraRows,
  ]);
}
