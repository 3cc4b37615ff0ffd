import { cellText } from "../../schema/normalize/cellText";
import { foldKey } from "../../schema/normalize/text";
import type { ParsedTable } from "../../schema/parsedSheet";
import type { TaskFields } from "../../schema/sheets";
import type { Task } from "./taskText";

/** "T01", "t1" and "T 1" are the same task ID: folded, and leading zeros of numbers dropped. */
export function idKey(ref: string): string {
  return foldKey(ref).replace(/\d+/g, (n) => String(Number(n)));
}

export interface Dependencies {
  /** The tasks named, each once, without the task itself. */
  tasks: Task[];
  /** References that match no task's ID or name, as typed. */
  unknown: string[];
}

export interface TaskIndex {
  /** The tasks a reference means: an ID first, else a task name. Empty when it matches none. */
  resolve(ref: string): Task[];
  dependenciesOf(t: Task): Dependencies;
}

const cache = new WeakMap<ParsedTable<TaskFields>, TaskIndex>();

function push(m: Map<string, Task[]>, k: string, t: Task): void {
  if (!k) return;
  const list = m.get(k);
  if (list) list.push(t);
  else m.set(k, [t]);
}

/** Keyed maps over the task list, built once per parsed workbook, so dependency checks stay linear. */
export function taskIndex(table: ParsedTable<TaskFields>): TaskIndex {
  const hit = cache.get(table);
  if (hit) return hit;
  const byId = new Map<string, Task[]>();
  const byName = new Map<string, Task[]>();
  for (const t of table.records) {
    if (t.fields.id) push(byId, idKey(t.fields.id.value), t);
    if (t.fields.task) push(byName, foldKey(t.fields.task.value), t);
  }
  const resolve = (ref: string): Task[] => byId.get(idKey(ref)) ?? byName.get(foldKey(ref)) ?? [];

  // Both dependency rules ask for the same lists: work them out once per task.
  const deps = new Map<Task, Dependencies>();
  const dependenciesOf = (t: Task): Dependencies => {
    const hit = deps.get(t);
    if (hit) return hit;
    const cell = t.fields.dependsOn;
    const result = cell ? dependenciesIn(t, cell.value, cellText(cell.raw)) : { tasks: [], unknown: [] };
    deps.set(t, result);
    return result;
  };

  const dependenciesIn = (t: Task, items: string[], whole: string): Dependencies => {
    // A task name may itself contain a separator ("起草主报告、讲话稿"): try the whole cell first.
    const refs = items.length > 1 && resolve(whole).length > 0 ? [whole] : items;
    const tasks = new Set<Task>();
    const unknown: string[] = [];
    for (const ref of refs) {
      const found = resolve(ref);
      if (found.length === 0) unknown.push(ref);
      for (const d of found) if (d !== t) tasks.add(d);
    }
    return { tasks: [...tasks], unknown };
  };

  const index: TaskIndex = { resolve, dependenciesOf };
  cache.set(table, index);
  return index;
}
