import { buildChecklist } from "../../../../src/core/documents/checklist";
import { COLUMN_INDEX } from "../../../../src/core/documents/checklist/labels";
import { edit, meeting, snapshotOf, TARGET } from "./checklistHarness";

const wb = () => meeting({ 开始时间: "2026-12-10 09:00" }, 30);
const STATUS = COLUMN_INDEX.status;
const statusOf = (r: ReturnType<typeof buildChecklist>, key: string) => r.sheet.values[0].values.find((row) => row[0] === key)![STATUS];

describe("the checklist's status as a checkbox (hosts with ExcelApi 1.18)", () => {
  it("writes TRUE/FALSE with checkboxes over the status cells, and no list", () => {
    const r = buildChecklist({ parsed: wb(), target: TARGET, checkboxes: true });
    expect(r.sheet.checkboxes).toEqual([r.statusRange]);
    expect(r.sheet.validations).toEqual([]);
    expect(statusOf(r, "HW-B01")).toBe(false);
  });

  it("keeps a done step ticked, and reads a ticked box back as 已完成 on a host without checkboxes", () => {
    const first = buildChecklist({ parsed: wb(), target: TARGET });
    const done = edit(snapshotOf(first.sheet), "HW-B01", STATUS, "已完成");
    const ticked = buildChecklist({ parsed: wb(), target: TARGET, previous: done, checkboxes: true });
    expect(statusOf(ticked, "HW-B01")).toBe(true);
    const back = buildChecklist({ parsed: wb(), target: TARGET, previous: snapshotOf(ticked.sheet) });
    expect(statusOf(back, "HW-B01")).toBe("已完成");
    expect(statusOf(back, "HW-B02")).toBe("未开始");
    expect(back.sheet.checkboxes).toBeUndefined();
  });

  it("keeps the list while a step is in progress or blocked, which a checkbox cannot hold", () => {
    const first = buildChecklist({ parsed: wb(), target: TARGET });
    const busy = edit(snapshotOf(first.sheet), "HW-B02", STATUS, "进行中");
    const r = buildChecklist({ parsed: wb(), target: TARGET, previous: busy, checkboxes: true });
    expect(r.sheet.checkboxes).toBeUndefined();
    expect(statusOf(r, "HW-B02")).toBe("进行中");
    expect(r.sheet.validations).toHaveLength(1);
  });
});
