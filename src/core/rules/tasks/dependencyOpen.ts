import type { Finding } from "../../finding";
import { enumLabel, TASK_STATUS, type TaskStatus } from "../../schema/enums";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { taskIndex } from "./taskIndex";
import { statusReader } from "./taskStatus";
import { taskLabel, type Task } from "./taskText";

/** "“确定会议议程”（T02，进行中）" / "\"Confirm the agenda\" (T02, In progress)". */
function withStatus(t: Task, status: TaskStatus, lang: "zh" | "en"): string {
  const name = t.fields.task?.value;
  const id = t.fields.id?.value;
  const s = enumLabel(TASK_STATUS, status, lang);
  if (lang === "zh") return name ? `“${name}”（${id ? `${id}，` : ""}${s}）` : `${taskLabel(t).zh}（${s}）`;
  return name ? `"${name}" (${id ? `${id}, ` : ""}${s})` : `${taskLabel(t).en} (${s})`;
}

function andList(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * A task marked done while a task it depends on is not: one of the two statuses is wrong, or a
 * step was skipped. A task merely in progress is not reported — preparation overlaps (badges are
 * printed while the last replies come in).
 */
export const dependencyOpen: Rule = {
  id: "tasks.dependency-open",
  family: "tasks",
  severity: "warning",
  title: { zh: "已完成任务的前置任务未完成", en: "Done task with an unfinished predecessor" },
  needs: [{ sheet: "tasks", columns: ["dependsOn", "status"] }],
  run({ wb }) {
    const tasks = wb.tasks;
    const index = taskIndex(tasks);
    const statusOf = statusReader(tasks);
    const out: Finding[] = [];
    for (const t of tasks.records) {
      if (statusOf(t) !== "done") continue;
      const open = index.dependenciesOf(t).tasks.filter((d) => {
        const s = statusOf(d);
        return s !== undefined && s !== "done";
      });
      if (open.length === 0) continue;
      const zh = open.map((d) => withStatus(d, statusOf(d)!, "zh")).join("、");
      const en = andList(open.map((d) => withStatus(d, statusOf(d)!, "en")));
      out.push(
        finding(
          dependencyOpen,
          tasks.sheet!,
          cellOf(tasks, t, "status"),
          {
            zh: `${taskLabel(t).zh}已标为完成，但其前置任务${zh}尚未完成。`,
            en: `${taskLabel(t).en} is marked done, but it depends on ${en}, which ${open.length === 1 ? "is" : "are"} not done.`,
          },
          {
            zh: "核实两项任务的实际进度，更正其中有误的状态。",
            en: "Check how far both tasks really are and correct whichever status is wrong.",
          },
        ),
      );
    }
    return out;
  },
};
