import { stayGap } from "../../../../src/core/rules/travel/stayGap";
import { brief, check } from "../ruleHarness";
import { EVENT, withSetting } from "./fixtures";

const roster = [
  ["姓名", "单位", "回执", "需住宿", "抵达时间", "返程时间"],
  ["张珊", "临江县人民政府", "已确认", "是", "2026-12-11 08:00", "2026-12-11 18:00"],
  ["朱光", "青山县人民政府", "已确认", "是", "2026-12-09 15:00", "2026-12-10 18:00"],
  ["于红", "云溪县人民政府", "已确认", "是", "2026-12-10 07:00", "2026-12-11 13:00"],
  ["马丹慧", "东湖县人民政府", "已确认", "是", "2026-12-09 15:00", "2026-12-12 09:00"],
  ["李娜", "市财政局", "已确认", "否", "2026-12-11 08:00", ""],
  ["刘月", "白沙县人民政府", "已确认", "是", "2026-12-09 16:40", "2026-12-09 09:00"],
  ["王鑫超", "南京市发展改革委", "请假", "是", "2026-12-11 08:00", ""],
  ["吴萍", "北京城市规划研究院", "已确认", "是", "", ""],
];

describe("travel.stay-gap", () => {
  it("warns about hotel guests who arrive after the first day or leave before the last, naming the days missed", () => {
    const f = check(stayGap, { 会议信息: EVENT, 参会人员: roster });
    expect(brief(f)).toEqual(["warning 参会人员!E2 travel.stay-gap", "warning 参会人员!F3 travel.stay-gap"]);
    expect(f[0].message.zh).toBe("张珊（临江县人民政府）12月11日才抵达，会期中的12月10日不在其行程内。");
    expect(f[1].message.en).toBe("朱光 (青山县人民政府) leaves on 10 Dec, so the meeting day 11 Dec is not covered.");
  });

  it("passes the first morning's arrival, a stay past the end, people without a hotel or not coming, reversed and missing dates", () => {
    expect(check(stayGap, { 会议信息: EVENT, 参会人员: [roster[0], ...roster.slice(3)] })).toEqual([]);
  });

  it("names both ends and every day missed in a longer meeting", () => {
    const event = [
      ["开始时间", "2026-12-10 09:00"],
      ["结束时间", "2026-12-14"],
    ];
    const rows = [roster[0], ["张珊", "临江县人民政府", "已确认", "是", "2026-12-11 20:00", "2026-12-12 12:00"]];
    const f = check(stayGap, { 会议信息: event, 参会人员: rows });
    expect(brief(f)).toEqual(["warning 参会人员!E2 travel.stay-gap"]);
    expect(f[0].message.zh).toBe(
      "张珊（临江县人民政府）12月11日才抵达、12月12日即返程，会期中的12月10日、12月13日、12月14日不在其行程内。",
    );
    expect(f[0].message.en).toBe(
      "张珊 (临江县人民政府) arrives on 11 Dec and leaves on 12 Dec, so the meeting days 10 Dec, 13 Dec, 14 Dec are not covered.",
    );
  });

  it("says nothing while the meeting has no start date", () => {
    expect(check(stayGap, { 会议信息: [["会议名称", "年度工作会议"]], 参会人员: roster })).toEqual([]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = withSetting(EVENT, "关闭的规则", "travel.stay-gap");
    expect(check(stayGap, { 会议信息: off, 参会人员: roster })).toEqual([]);
  });

  it("without a needs-hotel column says once that the check did not run", () => {
    const noNeeds = roster.map((r) => [...r.slice(0, 3), ...r.slice(4)]);
    expect(brief(check(stayGap, { 会议信息: EVENT, 参会人员: noNeeds }))).toEqual(["info 参会人员!F1 rules.missing-column"]);
  });
});
