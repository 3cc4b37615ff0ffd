import type { Bilingual } from "../../i18n";
import { TASK_STATUS, enumLabel, type TaskStatus } from "../../schema/enums";
import { formatDate } from "../../schema/normalize/dates";
import type { TaskFields } from "../../schema/sheets";
import type { DateTimeValue, ParsedRecord } from "../../schema/values";

export type Task = ParsedRecord<TaskFields>;

/** How a task is named in messages: "“印发会议通知”（T09）", or "第12行任务" when it has no name. */
export function taskLabel(t: Task): Bilingual {
  const name = t.fields.task?.value;
  const id = t.fields.id?.value;
  if (!name) return id ? { zh: `任务${id}`, en: `Task ${id}` } : { zh: `第${t.row + 1}行任务`, en: `The task on row ${t.row + 1}` };
  return id ? { zh: `“${name}”（${id}）`, en: `"${name}" (${id})` } : { zh: `“${name}”`, en: `"${name}"` };
}

/** "会前任务" / "Pre-meeting task", or plain "任务" / "Task" when the phase is not given. */
export function taskKind(t: Task): Bilingual {
  switch (t.fields.phase?.value) {
    case "pre":
      return { zh: "会前任务", en: "Pre-meeting task" };
    case "during":
      return { zh: "会中任务", en: "On-site task" };
    case "post":
      return { zh: "会后任务", en: "Follow-up task" };
    default:
      return { zh: "任务", en: "Task" };
  }
}

/** The task with its phase, opening a sentence: "会前任务“印发会议通知”（T09）", "The follow-up task on row 12". */
export function taskTitle(t: Task): Bilingual {
  const kind = taskKind(t);
  const name = t.fields.task?.value;
  const id = t.fields.id?.value;
  if (name) {
    const label = taskLabel(t);
    return { zh: `${kind.zh}${label.zh}`, en: `${kind.en} ${label.en}` };
  }
  if (id) return { zh: `${kind.zh}${id}`, en: `${kind.en} ${id}` };
  return { zh: `第${t.row + 1}行的${kind.zh}`, en: `The ${kind.en.toLowerCase()} on row ${t.row + 1}` };
}

/** "2026年11月30日 17:00" / "30 November 2026, 17:00". */
export function dateText(d: DateTimeValue): Bilingual {
  return { zh: formatDate(d.date, "zh", { time: d.time }), en: formatDate(d.date, "en", { time: d.time }) };
}

export function statusText(s: TaskStatus): Bilingual {
  return { zh: `“${enumLabel(TASK_STATUS, s, "zh")}”`, en: `"${enumLabel(TASK_STATUS, s, "en")}"` };
}
