import { departureBeforeArrival } from "../../../../src/core/rules/travel/departureBeforeArrival";
import { brief, check } from "../ruleHarness";
import { EVENT, withSetting } from "./fixtures";

const roster = [
  ["姓名", "单位", "回执", "抵达时间", "返程时间"],
  ["刘月", "临江县人民政府", "已确认", "2026-12-09 16:40", "2026-12-09 09:00"],
  ["朱光", "青山县人民政府", "已确认", "2026-12-09 16:40", "2026-12-08"],
  ["于红", "云溪县人民政府", "已确认", "2026-12-10 07:00", "2026-12-10 07:00"],
  ["马丹慧", "东湖县人民政府", "已确认", "2026-12-10 07:00", "2026-12-10"],
  ["张珊", "白沙县人民政府", "已确认", "2026-12-09 15:00", "2026-12-11 18:00"],
  ["王鑫超", "南京市发展改革委", "取消", "2026-12-09 15:00", "2026-12-08 18:00"],
  ["李娜", "北京城市规划研究院", "已确认", "", "2026-12-08 18:00"],
];

describe("travel.departure-before-arrival", () => {
  it("is an error at the departure cell when someone leaves before arriving", () => {
    const f = check(departureBeforeArrival, { 会议信息: EVENT, 参会人员: roster });
    expect(brief(f)).toEqual(["error 参会人员!E2 travel.departure-before-arrival", "error 参会人员!E3 travel.departure-before-arrival"]);
    expect(f[0].message.zh).toBe("刘月（临江县人民政府）的返程时间（12月9日 09:00）早于抵达时间（12月9日 16:40）。");
    expect(f[1].message.en).toBe("朱光 (青山县人民政府) leaves (8 Dec) before arriving (9 Dec 16:40).");
  });

  it("passes equal times, a same-day departure without a time, the right order, cancelled people and a missing arrival", () => {
    expect(check(departureBeforeArrival, { 会议信息: EVENT, 参会人员: [roster[0], ...roster.slice(3)] })).toEqual([]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = withSetting(EVENT, "关闭的规则", "travel.departure-before-arrival");
    expect(check(departureBeforeArrival, { 会议信息: off, 参会人员: roster })).toEqual([]);
  });

  it("without a departure column says once that the check did not run", () => {
    const noDeparture = roster.map((r) => r.slice(0, 4));
    expect(brief(check(departureBeforeArrival, { 会议信息: EVENT, 参会人员: noDeparture }))).toEqual([
      "info 参会人员!E1 rules.missing-column",
    ]);
  });
});
