import { a1 } from "../../cellAddress";
import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import type { TaskStatus } from "../../schema/enums";
import { cellText } from "../../schema/normalize/cellText";
import { parseCell } from "../../schema/parseCell";
import type { DateTimeValue } from "../../schema/values";
import type { SheetSnapshot } from "../../../workbook/gateway";
import type { TaskItem } from "../taskItem";
import { actionNumbers, COL_INDEX, findActionTable, type ActionRow, type ActionTable } from "./actionTable";
import { gridOf } from "./grid";
import { ACTION_COLUMNS, TASK_NOTE, type ActionColumn } from "./labels";
import { scanMinutes } from "./sheetScan";

/** One filled action item of the minutes. */
export interface ActionItem {
  /** What goes to the Tasks sheet. */
  task: TaskItem;
  /** The 状态 the recorder chose, when readable (TaskItem has no status; a new Tasks row may take it). */
  status?: TaskStatus;
  /** A1 of the item's 事项 cell on the minutes sheet. */
  cell: string;
}

export interface ActionItemsRead {
  items: ActionItem[];
  /** The items' TaskItems, in sheet order: what `mergeIntoTasks` takes. */
  tasks: TaskItem[];
  findings: Finding[];
}

const def = (key: ActionColumn) => ACTION_COLUMNS.find((c) => c.key === key)!;

function noTable(sheet: string): Finding {
  return {
    id: "minutes.no-actions",
    severity: "warning",
    sheet,
    cell: "A1",
    message: {
      zh: `“${sheet}”中找不到行动事项表（表头：序号、事项、负责人、截止时间、状态）。`,
      en: `No action items table found on "${sheet}" (headers: No., Item, Owner, Due, Status).`,
    },
    fix: { zh: "重新生成会议纪要，或恢复表头行。", en: "Generate the minutes again, or restore the header row." },
  };
}

/**
 * The action items the recorder filled in (rows with an item text, wherever they added them
 * below the table), as TaskItems keyed "HW-M<序号>" for the 会后 phase. An unreadable 截止时间 or
 * 状态 gives a finding naming the cell; the item still goes, without it.
 */
export function readActionItems(snapshot: SheetSnapshot, lang: Lang): ActionItemsRead {
  const g = gridOf(snapshot);
  const table = findActionTable(g, scanMinutes(g));
  if (!table) return { items: [], tasks: [], findings: [noTable(snapshot.name)] };
  const findings: Finding[] = [];
  const numbers = actionNumbers(table.rows);
  const items: ActionItem[] = [];
  table.rows.forEach((r, i) => {
    const text = cellText(r.values[COL_INDEX.item]);
    if (!text) return;
    const owner = cellText(r.values[COL_INDEX.owner]);
    const due = parsed<DateTimeValue>(table, r, "due", snapshot.name, findings);
    const status = parsed<TaskStatus>(table, r, "status", snapshot.name, findings);
    const task: TaskItem = { key: `HW-M${numbers[i]}`, phase: "post", task: text, notes: TASK_NOTE[lang] };
    if (owner) task.owner = owner;
    if (due) task.due = due;
    items.push({ task, ...(status ? { status } : {}), cell: a1(r.row, table.columns.get("item")!) });
  });
  return { items, tasks: items.map((i) => i.task), findings };
}

/** A cell read the way the Tasks sheet reads its column (dates as serials or text, statuses in either language). */
function parsed<T>(table: ActionTable, r: ActionRow, key: "due" | "status", sheet: string, findings: Finding[]): T | undefined {
  const col = table.columns.get(key);
  if (col === undefined) return undefined;
  const p = parseCell(r.values[COL_INDEX[key]], def(key), sheet, a1(r.row, col));
  if (p.problem) findings.push({ ...p.problem, id: key === "due" ? "minutes.due-invalid" : "minutes.status-invalid" });
  return p.cell?.value as T | undefined;
}
