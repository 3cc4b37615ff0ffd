import { isBlank, type CellValue } from "../../cellValue";
import { cellText } from "../../schema/normalize/cellText";
import { parseDateCell } from "../../schema/normalize/dates";
import type { DateTimeValue } from "../../schema/values";
import type { TaskItem } from "../taskItem";
import type { ChecklistRow } from "./mergeChecklist";

/** A due cell as a date: a serial, or a date the planner typed as text; undefined otherwise. */
function dateOf(v: CellValue): DateTimeValue | undefined {
  if (isBlank(v)) return undefined;
  const d = parseDateCell(v);
  if (!d.ok) return undefined;
  return d.time === undefined ? { date: d.date } : { date: d.date, time: d.time };
}

/** The text as the planner sees it (full-width punctuation kept), trimmed. */
const textOf = (v: CellValue): string | undefined => (isBlank(v) ? undefined : typeof v === "string" ? v.trim() : cellText(v));

/**
 * The checklist's steps for the Tasks sheet, with the text, team, owner and due date the
 * checklist shows (the planner's edits included). Rows the planner added have no stable key of
 * the library's and are left out. `previousDue` is the generated due date of the previous
 * checklist, so a Tasks row nobody changed moves with the meeting.
 */
export function checklistTasks(rows: readonly ChecklistRow[]): TaskItem[] {
  const items: TaskItem[] = [];
  for (const r of rows) {
    const task = textOf(r.cells.step);
    if (r.kind === "planner" || !r.phase || !task) continue;
    const item: TaskItem = { key: r.key, phase: r.phase, task };
    const owner = textOf(r.cells.owner);
    const group = textOf(r.cells.group);
    const due = dateOf(r.cells.due);
    const previousDue = dateOf(r.previousComputed);
    if (owner) item.owner = owner;
    if (group) item.group = group;
    if (due) item.due = due;
    if (previousDue) item.previousDue = previousDue;
    items.push(item);
  }
  return items;
}
