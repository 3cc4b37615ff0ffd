import { missingTimes } from "../../../../src/core/rules/travel/missingTimes";
import { brief, check } from "../ruleHarness";
import { EVENT, EVENT_EN, withSetting } from "./fixtures";

const roster = [
  ["姓名", "单位", "回执", "出发地", "抵达时间", "返程时间", "需住宿"],
  ["李强", "省发展改革委", "已确认", "南京", "", "", "否"],
  ["朱光", "青山县人民政府", "已确认", "", "2026-12-09 15:00", "", "是"],
  ["于红", "云溪县人民政府", "待确认", "北京", "", "", "是"],
  ["张伟", "市政府", "已确认", "本市", "", "", "否"],
  ["王芳", "市教育局", "已确认", "苏州", "", "", ""],
  ["刘洋", "市卫健委", "已确认", "苏州市", "", "", ""],
  ["吴萍", "市财政局", "已确认", "", "", "", ""],
  ["刘月", "上海财经研究所", "取消", "上海", "", "", "是"],
  ["马丹慧", "东湖县人民政府", "已确认", "东湖县", "2026-12-09 15:00", "2026-12-11 18:00", "是"],
  ["周学", "会务组", "已确认", "-", "", "", "否"],
];

describe("travel.missing-times", () => {
  it("warns about travellers without arrival or return times, at the first empty one", () => {
    const f = check(missingTimes, { 会议信息: EVENT, 参会人员: roster });
    expect(brief(f)).toEqual([
      "warning 参会人员!E2 travel.missing-times",
      "warning 参会人员!F3 travel.missing-times",
      "info 参会人员!E4 travel.missing-times",
    ]);
    expect(f[0].message.zh).toBe("李强（省发展改革委）从南京来参会，但还没有填写抵达和返程时间。");
    expect(f[1].message.zh).toBe("朱光（青山县人民政府）需要住宿，但还没有填写返程时间。");
    expect(f[1].message.en).toBe("朱光 (青山县人民政府) needs a hotel but has no return time.");
  });

  it("names the hotel, not the origin, for a local who stays in a hotel", () => {
    const staff = [roster[0], ["周学", "会务组", "已确认", "本市", "", "", "是"]];
    const f = check(missingTimes, { 会议信息: EVENT, 参会人员: staff });
    expect(f.map((x) => x.message.zh)).toEqual(["周学（会务组）需要住宿，但还没有填写抵达和返程时间。"]);
  });

  it("does not count locals, the venue's own city, blank or vague origins, people not coming or complete journeys", () => {
    expect(check(missingTimes, { 会议信息: EVENT, 参会人员: [roster[0], ...roster.slice(4)] })).toEqual([]);
  });

  it("reads English headers and the Local marker", () => {
    const en = [
      ["Name", "Organisation", "From", "Arrival", "Departure"],
      ["Owen Butler", "City Council", "Local", "", ""],
      ["Neil Lee", "HM Treasury", "London", "2026-12-09 16:30", ""],
    ];
    const f = check(missingTimes, { Event: EVENT_EN, Roster: en });
    expect(brief(f)).toEqual(["warning Roster!E3 travel.missing-times"]);
    expect(f[0].message.en).toBe("Neil Lee (HM Treasury) travels from London but has no return time.");
  });

  it("leaves an unreadable time to the parser's report", () => {
    const rows = [roster[0], ["李强", "省发展改革委", "已确认", "南京", "下周", "2026-12-11 18:00", "是"]];
    expect(check(missingTimes, { 会议信息: EVENT, 参会人员: rows })).toEqual([]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = withSetting(EVENT, "关闭的规则", "travel.missing-times");
    expect(check(missingTimes, { 会议信息: off, 参会人员: roster })).toEqual([]);
  });

  it("without a return column says once that the check did not run", () => {
    const noReturn = roster.map((r) => [...r.slice(0, 5), r[6]]);
    expect(brief(check(missingTimes, { 会议信息: EVENT, 参会人员: noReturn }))).toEqual(["info 参会人员!G1 rules.missing-column"]);
  });
});
