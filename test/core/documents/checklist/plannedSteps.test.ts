import { plannedSteps } from "../../../../src/core/documents/checklist/plannedSteps";
import type { ChecklistOptions } from "../../../../src/core/documents/checklist/options";
import type { MeetingSpan } from "../../../../src/core/documents/checklist/dueDates";

const opts = (size: ChecklistOptions["size"], lodging = false, meals = false): ChecklistOptions => ({
  size,
  lodging,
  meals,
  set: { size: true, lodging: true, meals: true },
  attendees: 0,
});
const conf: MeetingSpan = { start: { date: "2026-12-10", time: "09:00" }, end: { date: "2026-12-12", time: "17:00" } };
const LODGING_OR_MEALS = /住宿|入住|退房|返程|餐/;

describe("which steps a meeting gets", () => {
  test("a 例会 has no lodging, meal, badge or banquet steps and is much shorter", () => {
    const routine = plannedSteps(opts("routine"), conf);
    const large = plannedSteps(opts("large", true, true), conf);
    expect(routine.filter((s) => LODGING_OR_MEALS.test(s.title.zh))).toEqual([]);
    expect(routine.some((s) => s.title.zh.includes("证件"))).toBe(false);
    expect(routine.length).toBeGreaterThan(15);
    expect(large.length - routine.length).toBeGreaterThan(15);
    expect(routine.map((s) => s.key)).toEqual(expect.arrayContaining(["HW-B08", "HW-D05", "HW-D06", "HW-A06", "HW-A10"]));
  });

  test("lodging and meals set explicitly bring their steps even for a small meeting", () => {
    const keys = plannedSteps(opts("small", true, true), conf).map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining(["HW-B09", "HW-B22", "HW-D01", "HW-A04", "HW-B11", "HW-D02-1", "HW-D02-3"]));
    expect(keys).not.toContain("HW-B14");
  });

  test("the seed's timings land on the library's steps", () => {
    const byKey = new Map(plannedSteps(opts("large", true, true), conf).map((s) => [s.key, s.due]));
    expect(byKey.get("HW-B08")).toEqual({ date: "2026-12-03" });
    expect(byKey.get("HW-B22")).toEqual({ date: "2026-12-09", time: "14:00" });
    expect(byKey.get("HW-D05")).toEqual({ date: "2026-12-10", time: "08:30" });
    expect(byKey.get("HW-D06")).toEqual({ date: "2026-12-10", time: "08:40" });
    expect(["HW-D02-1", "HW-D02-2", "HW-D02-3"].map((k) => byKey.get(k))).toEqual([
      { date: "2026-12-09", time: "20:00" },
      { date: "2026-12-10", time: "20:00" },
      { date: "2026-12-11", time: "20:00" },
    ]);
    expect(byKey.has("HW-D02-4")).toBe(false);
  });

  test("phases in order, each in order of due dates; per-day titles numbered", () => {
    const steps = plannedSteps(opts("large", true, true), conf);
    const phases = steps.map((s) => s.phase);
    expect(phases).toEqual([...phases].sort((a, b) => ["pre", "during", "post"].indexOf(a) - ["pre", "during", "post"].indexOf(b)));
    const during = steps.filter((s) => s.phase === "during").map((s) => `${s.due!.date} ${s.due!.time ?? ""}`);
    expect(during).toEqual([...during].sort());
    expect(steps.find((s) => s.key === "HW-D02-2")!.title).toEqual({ zh: "发放第2天餐券", en: "Hand out the meal vouchers for day 2" });
  });

  test("without a start there are no due dates, and a per-day step is listed once", () => {
    const steps = plannedSteps(opts("large", true, true), undefined);
    expect(steps.every((s) => s.due === undefined)).toBe(true);
    expect(steps.filter((s) => s.key.startsWith("HW-D02")).map((s) => s.key)).toEqual(["HW-D02-1"]);
  });
});
