import { costPerPersonDay } from "../../../../src/core/rules/budget/costPerPersonDay";
import { brief, check } from "../ruleHarness";

const event = [
  ["开始时间", "2026-12-10 09:00"],
  ["结束时间", "2026-12-11 17:30"],
  ["币种", "CNY"],
  ["人均每天费用上限", 550],
];
const roster = [
  ["姓名", "身份", "回执"],
  ["张伟", "出席", "已确认"],
  ["李娜", "出席", "已确认"],
  ["王芳", "工作人员", "已确认"],
  ["刘洋", "出席", "待确认"],
  ["陈静", "出席", "请假"],
];
const budget = (hall: number) => [
  ["类别", "项目", "预算金额", "已承诺"],
  ["会议厅费", "主会场", hall, ""],
  ["餐饮", "工作餐", 1000, 900],
  ["不可预计费用", "", 300, ""],
];

describe("budget.cost-per-person-day", () => {
  it("warns when the cost per confirmed person (staff included) per meeting day passes the cap", () => {
    // (2,401 + 900) / (3 people × 2 days) = 550.1666…; the unspent contingency is not a cost.
    const f = check(costPerPersonDay, { 会议信息: event, 参会人员: roster, 预算: budget(2401) });
    expect(brief(f)).toEqual(["warning 会议信息!B4 budget.cost-per-person-day"]);
    expect(f[0].message.zh).toBe("会议费用预计 ¥3,301，按已确认 3 人、会期 2 天计，人均每天 ¥550.17，超过上限 ¥550。");
    expect(f[0].message.en).toBe(
      "The meeting will cost ¥3,301: over 3 confirmed people and 2 days that is ¥550.17 per person per day, above the cap of ¥550.",
    );
  });

  it("says nothing at or under the cap", () => {
    expect(check(costPerPersonDay, { 会议信息: event, 参会人员: roster, 预算: budget(2400) })).toEqual([]);
  });

  it("does nothing when no cap is set, or the meeting's dates or confirmed people are unknown", () => {
    expect(check(costPerPersonDay, { 会议信息: event.slice(0, 3), 参会人员: roster, 预算: budget(90000) })).toEqual([]);
    expect(check(costPerPersonDay, { 会议信息: event.slice(2), 参会人员: roster, 预算: budget(90000) })).toEqual([]);
    const nobody = [roster[0], roster[4], roster[5]];
    expect(check(costPerPersonDay, { 会议信息: event, 参会人员: nobody, 预算: budget(90000) })).toEqual([]);
  });

  it("reads the meeting's length from 会期 when there is no end date", () => {
    const noEnd = [event[0], ["会期", "3天"], ...event.slice(2)];
    const f = check(costPerPersonDay, { 会议信息: noEnd, 参会人员: roster, 预算: budget(9000) });
    expect(f[0].message.zh).toContain("会期 3 天计，人均每天 ¥1,100");
  });

  it("works on English sheets", () => {
    const f = check(costPerPersonDay, {
      Event: [
        ["Start", "2026-12-10"],
        ["End", "2026-12-10"],
        ["Currency", "GBP"],
        ["Daily cost cap", 100],
      ],
      Roster: [
        ["Name", "Role", "Status"],
        ["Alice Chen", "Attendee", "Confirmed"],
      ],
      Budget: [
        ["Category", "Item", "Budget"],
        ["Venue hire", "Room", 150],
      ],
    });
    expect(brief(f)).toEqual(["warning Event!B4 budget.cost-per-person-day"]);
    expect(f[0].message.en).toBe(
      "The meeting will cost £150: over 1 confirmed person and 1 day that is £150 per person per day, above the cap of £100.",
    );
  });

  it("without a status column says once that the check did not run", () => {
    const noStatus = roster.map((r) => [r[0], r[1], ""]);
    noStatus[0][2] = "单位";
    expect(brief(check(costPerPersonDay, { 会议信息: event, 参会人员: noStatus, 预算: budget(9000) }))).toEqual([
      "info 参会人员!D1 rules.missing-column",
    ]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = [...event, ["关闭的规则", "budget.cost-per-person-day"]];
    expect(check(costPerPersonDay, { 会议信息: off, 参会人员: roster, 预算: budget(90000) })).toEqual([]);
  });
});
