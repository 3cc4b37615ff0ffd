import { lateArrival } from "../../../../src/core/rules/travel/lateArrival";
import { brief, check } from "../ruleHarness";
import { EVENT, EVENT_EN, withSetting } from "./fixtures";

const roster = [
  ["姓名", "单位", "身份", "VIP", "主席台", "回执", "抵达时间"],
  ["张伟", "市政府", "出席", "", "是", "已确认", "2026-12-10 10:30"],
  ["李强", "省发展改革委", "嘉宾", "是", "", "已确认", "2026-12-11 08:00"],
  ["苏国", "上海财经研究所", "讲师", "", "", "已确认", "2026-12-10 13:00"],
  ["朱光", "青山县人民政府", "出席", "", "", "待确认", "2026-12-10 09:20"],
  ["于红", "云溪县人民政府", "出席", "", "", "已确认", "2026-12-10 08:10"],
  ["马丹慧", "东湖县人民政府", "出席", "", "", "已确认", "2026-12-10"],
  ["刘月", "白沙县人民政府", "出席", "", "", "取消", "2026-12-11 08:00"],
  ["吴萍", "市财政局", "出席", "", "", "已确认", ""],
];

describe("travel.late-arrival", () => {
  it("reports arrivals after the opening: an error for the rostrum and VIPs, a warning for everyone else", () => {
    const f = check(lateArrival, { 会议信息: EVENT, 参会人员: roster });
    expect(brief(f)).toEqual([
      "error 参会人员!G2 travel.late-arrival",
      "error 参会人员!G3 travel.late-arrival",
      "warning 参会人员!G4 travel.late-arrival",
      "warning 参会人员!G5 travel.late-arrival",
    ]);
    expect(f[0].message.zh).toBe("张伟（市政府）的抵达时间为12月10日 10:30，晚于会议开始时间（12月10日 09:00）。");
    expect(f[0].fix?.zh).toContain("主席台座次");
    expect(f[2].fix?.en).toContain("slot");
  });

  it("passes arrivals before the opening, a first-day arrival without a time, people not coming and blank arrivals", () => {
    expect(check(lateArrival, { 会议信息: EVENT, 参会人员: [roster[0], ...roster.slice(5)] })).toEqual([]);
  });

  it("compares days alone when the start has no time", () => {
    const dayOnly = [["开始时间", "2026-12-10"]];
    expect(brief(check(lateArrival, { 会议信息: dayOnly, 参会人员: roster }))).toEqual(["error 参会人员!G3 travel.late-arrival"]);
  });

  it("reads English headers and values", () => {
    const en = [
      ["Name", "Organisation", "Role", "Rostrum", "Arrival"],
      ["Mark Green", "City Council", "Attendee", "Yes", "2026-12-10 09:30"],
    ];
    const f = check(lateArrival, { Event: EVENT_EN, Roster: en });
    expect(brief(f)).toEqual(["error Roster!E2 travel.late-arrival"]);
    expect(f[0].message.en).toBe("Mark Green (City Council) arrives 10 Dec 09:30, after the meeting starts (10 Dec 09:00).");
  });

  it("says nothing while the meeting has no start", () => {
    expect(check(lateArrival, { 会议信息: [["会议名称", "年度工作会议"]], 参会人员: roster })).toEqual([]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = withSetting(EVENT, "关闭的规则", "travel.late-arrival");
    expect(check(lateArrival, { 会议信息: off, 参会人员: roster })).toEqual([]);
  });

  it("without an arrival column says once that the check did not run", () => {
    const noArrival = roster.map((r) => r.slice(0, 6));
    expect(brief(check(lateArrival, { 会议信息: EVENT, 参会人员: noArrival }))).toEqual(["info 参会人员!G1 rules.missing-column"]);
  });
});
