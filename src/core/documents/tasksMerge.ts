import type { CellValue } from "../cellValue";
import type { Lang } from "../i18n";
import type { FormatSpec, SheetWrite, ValueBlock } from "../plan/writePlan";
import { enumLabel, PHASE, TASK_STATUS } from "../schema/enums";
import { localToSerial } from "../schema/normalize/serial";
import { foldKey } from "../schema/normalize/text";
import type { ParsedTable } from "../schema/parsedSheet";
import { TASKS, type TaskFields } from "../schema/sheets/tasks";
import type { DateTimeValue } from "../schema/values";
import { inputTemplate } from "../templates/inputTemplates";
import type { SheetSnapshot } from "../../workbook/gateway";
import type { TaskItem } from "./taskItem";

export interface TasksMergeInput {
  tasks: ParsedTable<TaskFields>;
  /** The Tasks sheet as read, when it exists. */
  snapshot?: SheetSnapshot;
  items: readonly TaskItem[];
  lang: Lang;
}

export interface TasksMerge {
  /** The Tasks update (or the new Tasks sheet), undefined when nothing changes. */
  sheet?: SheetWrite;
  added: number;
  /** Untouched due dates moved to the item's new date. */
  moved: number;
  /** Items already on the Tasks sheet (by key, or by the same task text). */
  present: number;
}

const DUE_FORMAT = "yyyy-mm-dd hh:mm";
type Col = keyof TaskFields;

const sameDue = (a?: DateTimeValue, b?: DateTimeValue) => !!a && !!b && a.date === b.date && (a.time ?? "") === (b.time ?? "");
const serialOf = (d?: DateTimeValue): CellValue => (d ? localToSerial(d.date, d.time) : "");

function cellsOf(item: TaskItem, lang: Lang): Record<Col, CellValue> {
  return {
    id: item.key,
    phase: enumLabel(PHASE, item.phase, lang),
    task: item.task,
    owner: item.owner ?? "",
    group: item.group ?? "",
    due: serialOf(item.due),
    status: enumLabel(TASK_STATUS, "notStarted", lang),
    dependsOn: "",
    notes: item.notes ?? "",
  };
}

/**
 * Adds a document's tasks to the Tasks sheet so the task rules track them. Idempotent: an item
 * whose key is already in the 编号 column (or whose task text is already there, on a row without
 * a key — the key is then filled in) is not added again. A keyed row whose due date still equals
 * the item's previous date was not touched by the planner, so it moves with the meeting; any
 * other edit of the planner's stays. New rows go below everything on the sheet, written as an
 * update that expects the key column and the rows it fills unchanged (see SheetWrite.expect).
 * Without a Tasks sheet, one is created from the workbook template with the items in it.
 */
export function mergeIntoTasks(input: TasksMergeInput): TasksMerge {
  const { tasks, snapshot, items, lang } = input;
  if (!tasks.sheet || !snapshot || tasks.headerRow < 0) return createTasks(items, lang);
  const at = (row: number, col: number): CellValue => snapshot.values[row - snapshot.top]?.[col - snapshot.left] ?? "";
  const width = Math.max(0, ...snapshot.values.map((r) => r.length));
  let nextFree = snapshot.left + width;
  const col = new Map<Col, number>();
  for (const [key, c] of tasks.columns) col.set(key as Col, c.col);
  const values: ValueBlock[] = [];
  const formats: FormatSpec[] = [];
  const expect: ValueBlock[] = [];
  if (!col.has("id")) {
    col.set("id", nextFree++);
    values.push({ row: tasks.headerRow, col: col.get("id")!, values: [[TASKS.columns[0][lang]]] });
  }
  const idCol = col.get("id")!;

  const byKey = new Map<string, (typeof tasks.records)[number]>();
  const byText = new Map<string, (typeof tasks.records)[number]>();
  for (const r of tasks.records) {
    const id = r.fields.id?.value;
    if (id) byKey.set(foldKey(id), r);
    else if (r.fields.task?.value && !byText.has(foldKey(r.fields.task.value))) byText.set(foldKey(r.fields.task.value), r);
  }
  let moved = 0;
  let present = 0;
  const fresh: TaskItem[] = [];
  for (const item of items) {
    const keyed = byKey.get(foldKey(item.key));
    const unkeyed = keyed ? undefined : byText.get(foldKey(item.task));
    const row = keyed ?? unkeyed;
    if (!row) {
      fresh.push(item);
      continue;
    }
    present++;
    if (unkeyed) {
      values.push({ row: unkeyed.row, col: idCol, values: [[item.key]] });
      byText.delete(foldKey(item.task));
    }
    const dueCol = col.get("due");
    if (dueCol !== undefined && item.due && sameDue(row.fields.due?.value, item.previousDue) && !sameDue(item.due, item.previousDue)) {
      values.push({ row: row.row, col: dueCol, values: [[serialOf(item.due)]] });
      formats.push({ range: { row: row.row, col: dueCol, rows: 1, cols: 1 }, numberFormat: DUE_FORMAT });
      moved++;
    }
  }

  const last = Math.max(tasks.headerRow, snapshot.top + snapshot.values.length - 1);
  const used = [...col.values()];
  const first = Math.min(...used);
  const span = Math.max(...used) - first + 1;
  if (fresh.length) {
    const rows = fresh.map((item) => {
      const cells = cellsOf(item, lang);
      const row = Array<CellValue>(span).fill("");
      for (const [key, c] of col) row[c - first] = cells[key];
      return row;
    });
    values.push({ row: last + 1, col: first, values: rows });
    expect.push({ row: last + 1, col: first, values: rows.map(() => Array<CellValue>(span).fill("")) });
    const dueCol = col.get("due");
    if (dueCol !== undefined)
      formats.push({ range: { row: last + 1, col: dueCol, rows: fresh.length, cols: 1 }, numberFormat: DUE_FORMAT });
  }
  if (!values.length) return { added: 0, moved: 0, present };

  const keyCol = col.get("task") ?? idCol;
  expect.unshift(
    { row: tasks.headerRow, col: first, values: [Array.from({ length: span }, (_, i) => at(tasks.headerRow, first + i))] },
    {
      row: tasks.headerRow,
      col: keyCol,
      values: Array.from({ length: last - tasks.headerRow + 1 }, (_, i) => [at(tasks.headerRow + i, keyCol)]),
    },
  );
  const sheet: SheetWrite = { name: tasks.sheet, mode: "update", exists: true, values, formats, expect };
  return { sheet, added: fresh.length, moved, present };
}

function createTasks(items: readonly TaskItem[], lang: Lang): TasksMerge {
  if (!items.length) return { added: 0, moved: 0, present: 0 };
  const template = inputTemplate(TASKS, lang);
  const order = TASKS.columns.map((c) => c.key as Col);
  const rows: CellValue[][] = [TASKS.columns.map((c) => c[lang]), ...items.map((item) => order.map((k) => cellsOf(item, lang)[k]))];
  const table = template.tables?.[0];
  return {
    sheet: {
      ...template,
      values: [{ row: 0, col: 0, values: rows }],
      tables: table ? [{ ...table, range: { ...table.range, rows: rows.length } }] : [],
    },
    added: items.length,
    moved: 0,
    present: 0,
  };
}
