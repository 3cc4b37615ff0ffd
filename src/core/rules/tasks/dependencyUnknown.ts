import type { Finding } from "../../finding";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { taskIndex } from "./taskIndex";
import { taskLabel } from "./taskText";

/** A dependency that names no task on the sheet (by ID, or by task name): a typo or a deleted task. */
export const dependencyUnknown: Rule = {
  id: "tasks.dependency-unknown",
  family: "tasks",
  severity: "warning",
  title: { zh: "前置任务不存在", en: "Unknown predecessor" },
  needs: [{ sheet: "tasks", columns: ["dependsOn"] }],
  run({ wb }) {
    const tasks = wb.tasks;
    const index = taskIndex(tasks);
    const out: Finding[] = [];
    for (const t of tasks.records) {
      const { unknown } = index.dependenciesOf(t);
      if (unknown.length === 0) continue;
      const zh = unknown.map((r) => `“${r}”`).join("、");
      const en = unknown.map((r) => `"${r}"`).join(", ");
      const several = unknown.length > 1;
      out.push(
        finding(
          dependencyUnknown,
          tasks.sheet!,
          cellOf(tasks, t, "dependsOn"),
          {
            zh: `${taskLabel(t).zh}的前置任务${zh}在任务表中找不到。`,
            en: `${taskLabel(t).en} depends on ${en}, which ${several ? "match" : "matches"} no task on the sheet.`,
          },
          {
            zh: "依赖一栏请填写前置任务的编号（如 T05）或完整的任务名称。",
            en: "Give each predecessor by its task ID (such as T05) or its full task name.",
          },
        ),
      );
    }
    return out;
  },
};
