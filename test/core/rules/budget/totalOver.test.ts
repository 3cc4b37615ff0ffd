import { totalOver } from "../../../../src/core/rules/budget/totalOver";
import { brief, check } from "../ruleHarness";

const event = [
  ["会议名称", "年度工作会议"],
  ["预算总额", 100000],
  ["币种", "人民币"],
];
const header = ["类别", "项目", "预算金额", "已承诺", "实际金额"];
/** 95,000 in lines plus a 5,000 contingency: exactly the approved total. */
const lines = (hallCommitted: number | "") => [
  header,
  ["会议厅费", "主会场", 50000, hallCommitted, ""],
  ["餐饮", "工作餐", 30000, 28000, ""],
  ["住宿", "协议酒店", 15000, "", ""],
  ["不可预计费用", "不可预计费用", 5000, "", ""],
];

describe("budget.total-over", () => {
  it("is an error when what is spent or committed, plus the budget of the rest, passes the approved total", () => {
    const f = check(totalOver, { 会议信息: event, 预算: lines(58000) });
    expect(brief(f)).toEqual(["error 会议信息!B2 budget.total-over"]);
    expect(f[0].message.zh).toBe(
      "按已支出和已承诺金额（尚未承诺的按预算）计，会议费用预计 ¥101,000，比批准的预算总额 ¥100,000 超出 ¥1,000（1%）。",
    );
  });

  it("lets the contingency absorb an overrun and counts savings on contracted lines", () => {
    // 53,000 + 28,000 + 15,000 = 96,000: the unspent contingency is a reserve, not a cost.
    expect(check(totalOver, { 会议信息: event, 预算: lines(53000) })).toEqual([]);
    expect(check(totalOver, { 会议信息: event, 预算: lines("") })).toEqual([]);
  });

  it("warns when the line budgets add up to more than the approved total", () => {
    const big = [...lines(""), ["交通", "接送站", 2500.5, "", ""]];
    const f = check(totalOver, { 会议信息: event, 预算: big });
    expect(brief(f)).toEqual(["warning 会议信息!B2 budget.total-over"]);
    expect(f[0].message.en).toBe("The line budgets add up to ¥102,500.50, ¥2,500.50 (2.5%) above the approved total of ¥100,000.");
  });

  it("gives both findings when both are over", () => {
    const f = check(totalOver, { 会议信息: event, 预算: [...lines(58000), ["交通", "接送站", 3000, 3000, ""]] });
    expect(f.map((x) => x.severity)).toEqual(["error", "warning"]);
  });

  it("needs an approved total to compare with", () => {
    expect(check(totalOver, { 会议信息: [event[0]], 预算: lines(90000) })).toEqual([]);
  });

  it("reads English sheets", () => {
    const f = check(totalOver, {
      Event: [
        ["Total budget", 36000],
        ["Currency", "GBP"],
      ],
      Budget: [
        ["Category", "Item", "Budget", "Committed", "Actual"],
        ["Venue hire", "Main hall", 30000, 30000, 9000],
        ["Catering", "Lunch", 6000, 6500, ""],
      ],
    });
    expect(brief(f)).toEqual(["error Event!B1 budget.total-over"]);
    expect(f[0].message.en).toBe(
      "Counting what is spent or committed (and the budget where nothing is yet), the meeting will cost £36,500, £500 (1.4%) above the approved total of £36,000.",
    );
  });

  it("can be switched off on the Event sheet", () => {
    expect(check(totalOver, { 会议信息: [...event, ["关闭的规则", "budget.total-over"]], 预算: lines(90000) })).toEqual([]);
  });
});
