import type { CellValue } from "../../../../src/core/cellValue";
import type { ChecklistResult } from "../../../../src/core/documents/checklist";
import type { OutputTarget } from "../../../../src/core/plan/outputTarget";
import type { SheetWrite } from "../../../../src/core/plan/writePlan";
import type { SheetSnapshot } from "../../../../src/workbook/gateway";
import { workbook } from "../../rules/ruleHarness";

export const TARGET: OutputTarget = { name: "会务清单", mode: "replace", owner: "checklist", exists: false, marker: "none" };

const ROSTER_HEADERS = ["姓名", "单位", "身份", "回执", "需住宿"];

/** An Event sheet from label → value pairs, and a roster of `people` confirmed attendees. */
export function meeting(event: Record<string, CellValue>, people = 0, extra: Record<string, CellValue[][]> = {}) {
  const rows: CellValue[][] = [["项目", "内容"], ["会议名称", "2026年度工作会议"], ...Object.entries(event)];
  const roster: CellValue[][] = [ROSTER_HEADERS];
  for (let i = 0; i < people; i++) roster.push([`人员${i + 1}`, "市财政局", "出席", "已确认", "否"]);
  return workbook({ 会议信息: rows, 参会人员: roster, ...extra });
}

/** What Excel would show after the write: the sheet's values as a snapshot. */
export function snapshotOf(sheet: SheetWrite): SheetSnapshot {
  const block = sheet.values[0];
  return { name: sheet.name, top: block.row, left: block.col, values: block.values.map((r) => [...r]) };
}

/** Sets one cell of a snapshot, by the row's 编号 and a column index. */
export function edit(snap: SheetSnapshot, key: string, col: number, value: CellValue): SheetSnapshot {
  const row = snap.values.find((r) => r[0] === key);
  if (!row) throw new Error(`no row ${key}`);
  row[col] = value;
  return snap;
}

export function rowOf(result: ChecklistResult, key: string) {
  const r = result.rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
}
