import { buildChecklist } from "../../../../src/core/documents/checklist";
import type { CellValue } from "../../../../src/core/cellValue";
import type { SheetSnapshot } from "../../../../src/workbook/gateway";
import { edit, meeting, snapshotOf, TARGET } from "./checklistHarness";

const run = (start: string, previous?: SheetSnapshot, extra: Record<string, CellValue> = {}) =>
  buildChecklist({ parsed: meeting({ 开始时间: start, 会议规模: "小型", ...extra }, 3), target: TARGET, previous });

describe("the checklist's steps as tasks", () => {
  test("one task per step, keyed by the step, in the workbook's language", () => {
    const { tasks, rows } = run("2026-12-10 09:00");
    expect(tasks).toHaveLength(rows.length);
    expect(tasks.find((t) => t.key === "HW-B08")).toEqual({
      key: "HW-B08",
      phase: "pre",
      task: "印发会议通知（会名、内容、参加人员、报到时间、会期、会址、着装、注意事项）",
      group: "秘书组",
      due: { date: "2026-12-03" },
    });
    expect(tasks.find((t) => t.key === "HW-D05")?.due).toEqual({ date: "2026-12-10", time: "08:30" });
  });

  test("the owner typed in the checklist goes with the task; previousDue is the last generated due date", () => {
    const snap = edit(snapshotOf(run("2026-12-10 09:00").sheet), "HW-B08", 4, "王芳");
    const moved = run("2026-12-17 09:00", snap);
    expect(moved.tasks.find((t) => t.key === "HW-B08")).toMatchObject({
      owner: "王芳",
      due: { date: "2026-12-10" },
      previousDue: { date: "2026-12-03" },
    });
    expect(moved.tasks.find((t) => t.key === "HW-D05")).toMatchObject({
      due: { date: "2026-12-17", time: "08:30" },
      previousDue: { date: "2026-12-10", time: "08:30" },
    });
  });

  test("rows the planner added are not tasks", () => {
    const snap = snapshotOf(run("2026-12-10 09:00").sheet);
    snap.values.push(["", "会前", "联系电视台", "", "", "", "", "", ""]);
    const again = run("2026-12-10 09:00", snap);
    expect(again.rows.some((r) => r.cells.step === "联系电视台")).toBe(true);
    expect(again.tasks.some((t) => t.task === "联系电视台")).toBe(false);
  });
});
