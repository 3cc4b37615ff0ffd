import type { Finding } from "../../finding";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { taskTitle } from "./taskText";

/** Tasks nobody is responsible for (the seed: 明确分工，责任到人). A finished task needs no owner any more. */
export const noOwner: Rule = {
  id: "tasks.no-owner",
  family: "tasks",
  severity: "warning",
  title: { zh: "任务没有负责人", en: "Task without an owner" },
  needs: [{ sheet: "tasks", columns: ["owner"] }],
  run({ wb }) {
    const tasks = wb.tasks;
    // An owner cell showing an error value is reported by the parser, not again as empty.
    const unreadable = new Set(tasks.findings.map((f) => f.cell));
    const out: Finding[] = [];
    for (const t of tasks.records) {
      if (t.fields.owner || t.fields.status?.value === "done") continue;
      const cell = cellOf(tasks, t, "owner");
      if (unreadable.has(cell)) continue;
      const group = t.fields.group?.value;
      out.push(
        finding(
          noOwner,
          tasks.sheet!,
          cell,
          {
            zh: `${taskTitle(t).zh}没有负责人。`,
            en: `${taskTitle(t).en} has no owner.`,
          },
          group
            ? { zh: `从“${group}”中指定一名负责人，做到责任到人。`, en: `Name one person from ${group} as its owner.` }
            : { zh: "指定一名负责人，做到责任到人。", en: "Name one person as its owner." },
        ),
      );
    }
    return out;
  },
};
