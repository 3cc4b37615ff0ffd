import type { CellValue } from "../../../../src/core/cellValue";
import { daysOf, meetingDays, stayCalendar } from "../../../../src/core/rules/travel/stay";
import { workbook } from "../ruleHarness";
import { EVENT } from "./fixtures";

const HEAD = ["姓名", "抵达时间", "返程时间"];

function nights(event: CellValue[][], arrival: string, departure: string) {
  const wb = workbook({ 会议信息: event, 参会人员: [HEAD, ["张伟", arrival, departure]] });
  return stayCalendar(wb.event).nights(wb.roster.records[0]);
}

describe("meeting days and hotel nights", () => {
  it("takes the meeting's days from the Event start and end, and one day without an end", () => {
    const wb = workbook({ 会议信息: EVENT });
    expect(daysOf(meetingDays(wb.event)!)).toEqual(["2026-12-10", "2026-12-11"]);
    expect(meetingDays(workbook({ 会议信息: [["开始时间", "2026-12-10"]] }).event)).toEqual({ first: "2026-12-10", last: "2026-12-10" });
    expect(meetingDays(workbook({ 会议信息: [["会议名称", "年度工作会议"]] }).event)).toBeUndefined();
  });

  it("counts the nights from the arrival date to the night before departure", () => {
    expect(nights(EVENT, "2026-12-09 15:00", "2026-12-11 18:00")).toEqual(["2026-12-09", "2026-12-10"]);
    expect(nights(EVENT, "2026-12-10 07:00", "2026-12-10 18:00")).toEqual([]);
    expect(nights(EVENT, "2026-12-09 15:00", "2026-12-08 18:00")).toEqual([]);
  });

  it("assumes the check-in day and the last day when times are missing", () => {
    expect(nights(EVENT, "", "")).toEqual(["2026-12-09", "2026-12-10"]);
    expect(
      nights(
        [
          ["开始时间", "2026-12-10"],
          ["结束时间", "2026-12-12"],
        ],
        "",
        "",
      ),
    ).toEqual(["2026-12-10", "2026-12-11"]);
    expect(nights([["会议名称", "年度工作会议"]], "", "2026-12-11")).toBeUndefined();
  });

  it("does not let a mistyped year add a year of nights", () => {
    const n = nights(EVENT, "2025-12-09 15:00", "2026-12-11 18:00")!;
    expect(n[0]).toBe("2026-11-26");
    expect(n).toHaveLength(15);
    expect(nights([["会议名称", "年度工作会议"]], "2026-01-01", "2026-12-31")).toHaveLength(60);
  });
});
