import type { Finding } from "../../finding";
import { compareLocal, localDateTime } from "../../schema/normalize/dates";
import type { DateTimeValue } from "../../schema/values";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { statusReader } from "./taskStatus";
import { dateText, taskLabel } from "./taskText";

/**
 * Due after the meeting starts. A deadline without a time on the first day is given the benefit of
 * the doubt (it may mean "that morning"); with both times, or on a later day, it is late.
 */
function isAfterStart(due: DateTimeValue, start: DateTimeValue): boolean {
  if (due.date !== start.date) return due.date > start.date;
  if (due.time === undefined || start.time === undefined) return false;
  return compareLocal(localDateTime(due.date, due.time), localDateTime(start.date, start.time)) > 0;
}

/** 会前 tasks due after the meeting has started: preparation cannot finish once the meeting is on. */
export const preMeetingLate: Rule = {
  id: "tasks.pre-meeting-late",
  family: "tasks",
  severity: "error",
  title: { zh: "会前任务截止时间晚于会议开始", en: "Pre-meeting task due after the start" },
  needs: [{ sheet: "tasks", columns: ["phase", "due"] }],
  run({ wb }) {
    const start = wb.event.fields.start?.value;
    if (!start) return [];
    const tasks = wb.tasks;
    const statusOf = statusReader(tasks);
    const out: Finding[] = [];
    for (const t of tasks.records) {
      const due = t.fields.due?.value;
      if (t.fields.phase?.value !== "pre" || !due || statusOf(t) === "done" || !isAfterStart(due, start)) continue;
      const when = dateText(due);
      const opens = dateText(start);
      out.push(
        finding(
          preMeetingLate,
          tasks.sheet!,
          cellOf(tasks, t, "due"),
          {
            zh: `会前任务${taskLabel(t).zh}的截止时间${when.zh}晚于会议开始时间${opens.zh}。`,
            en: `Pre-meeting task ${taskLabel(t).en} is due ${when.en}, after the meeting starts (${opens.en}).`,
          },
          {
            zh: "把截止时间提前到会议开始之前；如确属会中或会后工作，请把阶段改为“会中”或“会后”。",
            en: "Bring the deadline forward to before the start; if it is really on-site or follow-up work, change its phase to During or After.",
          },
        ),
      );
    }
    return out;
  },
};
