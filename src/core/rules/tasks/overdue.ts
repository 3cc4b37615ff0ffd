import type { Finding } from "../../finding";
import { daysBetween } from "../../schema/normalize/dates";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { statusReader } from "./taskStatus";
import { dateText, statusText, taskTitle } from "./taskText";

/**
 * Tasks past their deadline and not done. A blocked task is no less late — the meeting date does
 * not move — so it is an error too; the message says it is blocked so the fix is to clear the block.
 * The finding points at the status, the cell the planner updates once the task is done.
 */
export const overdue: Rule = {
  id: "tasks.overdue",
  family: "tasks",
  severity: "error",
  title: { zh: "任务逾期未完成", en: "Task overdue" },
  needs: [{ sheet: "tasks", columns: ["due", "status"] }],
  run({ wb, today }) {
    const tasks = wb.tasks;
    const statusOf = statusReader(tasks);
    const out: Finding[] = [];
    for (const t of tasks.records) {
      const due = t.fields.due?.value;
      const status = statusOf(t);
      if (!due || status === undefined || status === "done") continue;
      const late = daysBetween(due.date, today);
      if (!(late > 0)) continue;
      const what = taskTitle(t);
      const when = dateText(due);
      const state = statusText(status);
      const owner = t.fields.owner?.value;
      const blocked = status === "blocked";
      out.push(
        finding(
          overdue,
          tasks.sheet!,
          cellOf(tasks, t, "status"),
          {
            zh: `${what.zh}的截止时间是${when.zh}，已逾期 ${late} 天，状态仍为${state.zh}。`,
            en: `${what.en} was due ${when.en} and is ${late} day${late === 1 ? "" : "s"} overdue; its status is still ${state.en}.`,
          },
          blocked
            ? {
                zh: "排除受阻原因（必要时报请协调），并与负责人商定新的截止时间。",
                en: "Clear whatever is blocking it (escalate if needed) and agree a new deadline with the owner.",
              }
            : {
                zh: `${owner ? `催办负责人${owner}` : "指定负责人并催办"}；已完成的请将状态改为“已完成”，否则商定新的截止时间。`,
                en: `${owner ? `Chase ${owner}` : "Assign an owner and chase it"}; if it is done, set the status to Done, otherwise agree a new deadline.`,
              },
        ),
      );
    }
    return out;
  },
};
