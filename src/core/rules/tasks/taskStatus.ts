import type { TaskStatus } from "../../schema/enums";
import type { ParsedTable } from "../../schema/parsedSheet";
import type { TaskFields } from "../../schema/sheets";
import { cellOf } from "../cells";
import type { Task } from "./taskText";

/**
 * Reads task statuses: an empty status means not started; a status the parser could not read
 * (a parse finding is already on it) is unknown, so no rule guesses what the planner meant.
 */
export function statusReader(tasks: ParsedTable<TaskFields>): (t: Task) => TaskStatus | undefined {
  const unreadable = new Set(tasks.findings.map((f) => f.cell));
  return (t) => t.fields.status?.value ?? (unreadable.has(cellOf(tasks, t, "status")) ? undefined : "notStarted");
}
