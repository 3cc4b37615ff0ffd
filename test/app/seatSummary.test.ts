import { fillSeating } from "../../src/app/seat";
import { summarizeSeating } from "../../src/app/seatSummary";
import type { CellValue } from "../../src/core/cellValue";
import { MemoryGateway } from "../fakes/memoryGateway";

const ROSTER: CellValue[][] = [
  ["编号", "姓名", "单位", "主席台", "排序", "同行"],
  ["A001", "张伟", "市财政局", "是", 1, ""],
  ["A002", "李娜", "市教育局", "是", 2, "P1"],
  ["A003", "王芳", "市教育局", "", 3, "P1"],
  ["A004", "赵强", "市财政局", "", 4, "P1"],
  ["A005", "陈静", "市卫健委", "", 5, ""],
];

function gateway(event: CellValue[][] = []) {
  return new MemoryGateway({ 会议信息: [["会议名称", "年度工作会议"], ...event], 参会人员: ROSTER });
}

describe("summarizeSeating", () => {
  test("a plan: the sheets written, the rostrum, the tables used and the cost before and after the search", async () => {
    const summary = summarizeSeating(await fillSeating(gateway([["每桌人数", 4]])));
    expect(summary.status).toBe("ok");
    expect(summary.sheetsWritten).toEqual(["主席台座次", "桌签", "桌次安排", "桌次图"]);
    expect(summary.rostrum).toEqual({ people: 2, rows: 1 });
    expect(summary.reasons).toEqual([]);
    const t = summary.tables!;
    expect({ guests: t.guests, used: t.used, seats: t.seats }).toEqual({ guests: 5, used: 2, seats: 8 });
    expect(t.final.total).toBeLessThanOrEqual(t.start.total);
    expect({ groupBy: t.groupBy, mode: t.mode }).toEqual({ groupBy: "organisation", mode: "together" });
  });

  test("no plan: each reason in both languages with the names of the people it concerns, and nothing written", async () => {
    const summary = summarizeSeating(
      await fillSeating(
        gateway([
          ["每桌人数", 2],
          ["桌数", 3],
        ]),
      ),
    );
    expect(summary.status).toBe("infeasible");
    expect(summary.sheetsWritten).toEqual([]);
    expect(summary.tables).toBeUndefined();
    expect(summary.reasons).toHaveLength(1);
    const [reason] = summary.reasons;
    expect(reason.people.sort()).toEqual(["李娜", "王芳", "赵强"].sort());
    expect(reason.message.zh).toContain("同行的3人");
    expect(reason.message.en).toContain("The party of 3");
  });

  test("cancelled: nothing written, no reasons", async () => {
    const summary = summarizeSeating(await fillSeating(gateway([["每桌人数", 4]]), { shouldCancel: () => true }));
    expect(summary).toMatchObject({ status: "cancelled", sheetsWritten: [], reasons: [], warnings: [] });
    expect(summary.tables).toBeUndefined();
  });

  test("notes on the plan and unreadable settings come along, the settings at their cell", async () => {
    const summary = summarizeSeating(await fillSeating(gateway([["分桌依据", "按心情"]])));
    expect(summary.problems).toEqual([expect.objectContaining({ sheet: "会议信息", cell: expect.stringMatching(/^B\d+$/) })]);
  });
});
