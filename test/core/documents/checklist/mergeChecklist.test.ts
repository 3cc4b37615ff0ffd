import type { CellValue } from "../../../../src/core/cellValue";
import { buildChecklist, HEADER_ROW } from "../../../../src/core/documents/checklist";
import { localToSerial } from "../../../../src/core/schema/normalize/serial";
import type { SheetSnapshot } from "../../../../src/workbook/gateway";
import { edit, meeting, rowOf, snapshotOf, TARGET } from "./checklistHarness";

const OWNER = 4;
const DUE = 5;
const STATUS = 6;
const NOTES = 7;
const STEP = 2;
const GROUP = 3;

const event = (start: string, extra: Record<string, CellValue> = {}) => ({
  开始时间: start,
  结束时间: `${start.slice(0, 8)}${String(Number(start.slice(8, 10)) + 2).padStart(2, "0")} 17:00`,
  会议规模: "大型",
  安排住宿: "是",
  ...extra,
});
const run = (start: string, previous?: SheetSnapshot, extra: Record<string, CellValue> = {}) =>
  buildChecklist({ parsed: meeting(event(start, extra), 3), target: TARGET, previous });
const keys = (snap: SheetSnapshot) => snap.values.slice(HEADER_ROW + 1).map((r) => r[0]);

describe("re-running the checklist keeps the planner's work", () => {
  test("run twice → the identical sheet", () => {
    const first = run("2026-12-10 09:00");
    const second = run("2026-12-10 09:00", snapshotOf(first.sheet));
    expect(second.sheet).toEqual(first.sheet);
  });

  test("owner, status, notes and edited step and team text survive; a 'done' typed in English reads as 已完成", () => {
    const snap = snapshotOf(run("2026-12-10 09:00").sheet);
    edit(snap, "HW-B08", OWNER, "王芳");
    edit(snap, "HW-B08", STATUS, "done");
    edit(snap, "HW-B08", NOTES, "已发OA");
    edit(snap, "HW-B04", STEP, "预订国际会议中心3号厅");
    edit(snap, "HW-B04", GROUP, "办公室");
    const again = run("2026-12-10 09:00", snap);
    expect(rowOf(again, "HW-B08").cells).toMatchObject({ owner: "王芳", status: "已完成", notes: "已发OA" });
    expect(rowOf(again, "HW-B04").cells).toMatchObject({ step: "预订国际会议中心3号厅", group: "办公室" });
    const third = run("2026-12-10 09:00", snapshotOf(again.sheet));
    expect(third.sheet).toEqual(again.sheet);
  });

  test("when the meeting moves, untouched due dates follow and the planner's own due date stays", () => {
    const snap = snapshotOf(run("2026-12-10 09:00").sheet);
    const mine = localToSerial("2026-12-01", "10:00");
    edit(snap, "HW-B05", DUE, mine);
    const moved = run("2026-12-17 09:00", snap);
    expect(rowOf(moved, "HW-B08").cells.due).toBe(localToSerial("2026-12-10"));
    expect(rowOf(moved, "HW-D05").cells.due).toBe(localToSerial("2026-12-17", "08:30"));
    expect(rowOf(moved, "HW-B05").cells.due).toBe(mine);
    expect(rowOf(moved, "HW-B05").cells.computed).toBe(localToSerial("2026-12-07"));
    // The edited date is still recognised as the planner's on the run after.
    expect(rowOf(run("2026-12-17 09:00", snapshotOf(moved.sheet)), "HW-B05").cells.due).toBe(mine);
  });

  test("a step written over in English in a Chinese workbook is the library's text, so it is regenerated", () => {
    const snap = snapshotOf(run("2026-12-10 09:00").sheet);
    edit(snap, "HW-B04", STEP, "Book the venue");
    expect(rowOf(run("2026-12-10 09:00", snap), "HW-B04").cells.step).toBe("落实会议场所");
  });

  test("rows the planner added stay, at the end of their phase or of the table", () => {
    const snap = snapshotOf(run("2026-12-10 09:00").sheet);
    const blank = (): CellValue[] => Array<CellValue>(9).fill("");
    const at = (key: string) => snap.values.findIndex((r) => r[0] === key);
    const typed = blank();
    typed[1] = "会前";
    typed[2] = "联系电视台";
    const below = blank();
    below[2] = "准备应急药箱";
    const orphan = blank();
    orphan[2] = "其他事项";
    orphan[1] = "其他";
    snap.values.splice(at("HW-B03"), 0, typed);
    snap.values.splice(at("HW-D05") + 1, 0, below);
    snap.values.splice(HEADER_ROW + 1, 0, orphan);
    const again = run("2026-12-10 09:00", snap);
    const steps = again.rows.map((r) => r.cells.step);
    const lastPre = again.rows.map((r) => r.phase).lastIndexOf("pre");
    const lastDuring = again.rows.map((r) => r.phase).lastIndexOf("during");
    expect(steps[lastPre]).toBe("联系电视台");
    expect(again.rows[lastPre].cells.phase).toBe("会前准备");
    expect(steps[lastDuring]).toBe("准备应急药箱");
    expect(steps[steps.length - 1]).toBe("其他事项");
    expect(again.rows[steps.length - 1].cells.phase).toBe("其他");
    // And they stay put on the next run.
    expect(run("2026-12-10 09:00", snapshotOf(again.sheet)).sheet).toEqual(again.sheet);
  });

  test("steps the meeting no longer needs go when untouched and stay when started", () => {
    const snap = snapshotOf(run("2026-12-10 09:00").sheet);
    edit(snap, "HW-B09", STATUS, "进行中");
    const noLodging = run("2026-12-17 09:00", snap, { 安排住宿: "否" });
    const k = keys(snapshotOf(noLodging.sheet));
    expect(k).not.toContain("HW-B22");
    expect(k).not.toContain("HW-A04");
    expect(k).toContain("HW-B09");
    expect(rowOf(noLodging, "HW-B09").kind).toBe("kept");
    // Its untouched due date still follows the meeting.
    expect(rowOf(noLodging, "HW-B09").cells.due).toBe(localToSerial("2026-12-10"));
  });

  test("a shorter meeting drops the untouched voucher step of the lost day", () => {
    const three = run("2026-12-10 09:00", undefined, { 安排用餐: "是" });
    const snap = snapshotOf(three.sheet);
    expect(keys(snap)).toContain("HW-D02-3");
    const parsed = meeting({ ...event("2026-12-10 09:00", { 安排用餐: "是" }), 结束时间: "2026-12-11 17:00" }, 3);
    const two = buildChecklist({ parsed, target: TARGET, previous: snap });
    expect(two.rows.map((r) => r.key).filter((x) => x.startsWith("HW-D02"))).toEqual(["HW-D02-1", "HW-D02-2"]);
  });

  test("a previous sheet without the checklist's headers is ignored", () => {
    const junk: SheetSnapshot = { name: "会务清单", top: 0, left: 0, values: [["随便写的"], ["HW-B08", "x"]] };
    expect(run("2026-12-10 09:00", junk).sheet).toEqual(run("2026-12-10 09:00").sheet);
  });
});
