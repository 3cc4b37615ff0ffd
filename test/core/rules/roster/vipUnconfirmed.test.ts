import { vipUnconfirmed } from "../../../../src/core/rules/roster/vipUnconfirmed";
import { brief, check } from "../ruleHarness";

const event = [["开始时间", "2026-12-10 09:00"]];
const roster = [
  ["姓名", "单位", "VIP", "主席台", "回执"],
  ["张伟", "市政府", "是", "", "待确认"],
  ["李娜", "市财政局", "", "是", ""],
  ["王芳", "市教育局", "是", "", "已确认"],
  ["刘洋", "市卫健委", "", "", "待确认"],
];

describe("roster.vip-unconfirmed", () => {
  it("is an error for unconfirmed VIPs and rostrum members from 3 days before the start", () => {
    const f = check(vipUnconfirmed, { 会议信息: event, 参会人员: roster }, "2026-12-07");
    expect(brief(f)).toEqual(["error 参会人员!E2 roster.vip-unconfirmed", "error 参会人员!E3 roster.vip-unconfirmed"]);
    expect(f[0].message.zh).toBe("张伟（市政府）尚未确认参会，距会议开始还有 3 天。");
  });

  it("is a warning from 7 days, and nothing earlier", () => {
    expect(brief(check(vipUnconfirmed, { 会议信息: event, 参会人员: roster }, "2026-12-03"))).toEqual([
      "warning 参会人员!E2 roster.vip-unconfirmed",
      "warning 参会人员!E3 roster.vip-unconfirmed",
    ]);
    expect(check(vipUnconfirmed, { 会议信息: event, 参会人员: roster }, "2026-12-02")).toEqual([]);
  });

  it("follows the thresholds set on the Event sheet", () => {
    const withSettings = [...event, ["VIP确认提醒天数", 14]];
    expect(check(vipUnconfirmed, { 会议信息: withSettings, 参会人员: roster }, "2026-11-28")).toHaveLength(2);
  });

  it("can be switched off on the Event sheet", () => {
    const off = [...event, ["关闭的规则", "roster.vip-unconfirmed"]];
    expect(check(vipUnconfirmed, { 会议信息: off, 参会人员: roster }, "2026-12-09")).toEqual([]);
  });

  it("without a status column says once that the check did not run", () => {
    const noStatus = roster.map((r) => r.slice(0, 4));
    expect(brief(check(vipUnconfirmed, { 会议信息: event, 参会人员: noStatus }, "2026-12-09"))).toEqual([
      "info 参会人员!E1 rules.missing-column",
    ]);
  });
});
