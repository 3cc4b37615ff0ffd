import type { Finding } from "../../finding";
import { daysBetween } from "../../schema/normalize/dates";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { statusReader } from "./taskStatus";
import { dateText, taskTitle } from "./taskText";

/**
 * Preparation due within the next few days (任务临期天数, 3 by default, the due day counted) that
 * nobody has started. On-site and follow-up tasks (会中/会后) are left out: they cannot start
 * before the meeting does, so "not started" is their normal state until then.
 */
export const dueSoon: Rule = {
  id: "tasks.due-soon",
  family: "tasks",
  severity: "warning",
  title: { zh: "任务临近截止仍未开始", en: "Task due soon and not started" },
  needs: [{ sheet: "tasks", columns: ["due", "status"] }],
  run({ wb, today, settings }) {
    const tasks = wb.tasks;
    const statusOf = statusReader(tasks);
    const out: Finding[] = [];
    for (const t of tasks.records) {
      const due = t.fields.due?.value;
      const phase = t.fields.phase?.value;
      if (!due || statusOf(t) !== "notStarted" || phase === "during" || phase === "post") continue;
      const days = daysBetween(today, due.date);
      if (!(days >= 0 && days <= settings.taskDueSoonDays)) continue;
      const when = dateText(due);
      const left =
        days === 0
          ? { zh: "今天到期", en: "is due today" }
          : { zh: `还有 ${days} 天到期`, en: `is due in ${days} day${days === 1 ? "" : "s"}` };
      const owner = t.fields.owner?.value;
      out.push(
        finding(
          dueSoon,
          tasks.sheet!,
          cellOf(tasks, t, "status"),
          {
            zh: `${taskTitle(t).zh}${left.zh}（${when.zh}），尚未开始。`,
            en: `${taskTitle(t).en} ${left.en} (${when.en}) and has not started.`,
          },
          {
            zh: `${owner ? `与负责人${owner}确认` : "指定负责人并确认"}能否按时完成；已开始的请将状态改为“进行中”。`,
            en: `${owner ? `Check with ${owner}` : "Assign an owner and check"} that it will be done in time; if work has started, set the status to In progress.`,
          },
        ),
      );
    }
    return out;
  },
};
