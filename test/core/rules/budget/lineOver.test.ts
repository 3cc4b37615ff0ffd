import { lineOver } from "../../../../src/core/rules/budget/lineOver";
import { brief, check } from "../ruleHarness";

const event = [["币种", "CNY"]];
const budget = [
  ["类别", "项目", "预算金额", "已承诺", "实际金额"],
  ["广告制作费", "背景板、横幅", 10600, 10600, 12500],
  ["会议厅费", "主会场", 30000, 31500, 9000],
  ["餐饮", "工作餐", 31200, 31200, ""],
  ["水费", "", 1000, "", ""],
];

describe("budget.line-over", () => {
  it("is an error past the tolerance and a warning within it, at the larger of actual and committed", () => {
    const f = check(lineOver, { 会议信息: event, 预算: budget });
    expect(brief(f)).toEqual(["error 预算!E2 budget.line-over", "warning 预算!D3 budget.line-over"]);
    expect(f[0].message.zh).toBe("广告制作费“背景板、横幅”实际金额 ¥12,500，比预算 ¥10,600 超出 ¥1,900（17.9%）。");
    expect(f[1].message.en).toBe("会议厅费 “主会场”: the committed amount of ¥31,500 is ¥1,500 (5%) over the budget of ¥30,000.");
  });

  it("says nothing when every line is within its budget", () => {
    const within = [budget[0], ["广告制作费", "背景板", 10600, 10600, 10282], ["会议厅费", "主会场", 30000, 30000, 9000]];
    expect(check(lineOver, { 会议信息: event, 预算: within })).toEqual([]);
  });

  it("follows the tolerance set on the Event sheet", () => {
    const f = check(lineOver, { 会议信息: [...event, ["超支容差", "20%"]], 预算: budget });
    expect(f.map((x) => x.severity)).toEqual(["warning", "warning"]);
  });

  it("reads English sheets and writes pounds, with cents only when there are some and no float noise", () => {
    const f = check(lineOver, {
      Event: [["Currency", "GBP"]],
      Budget: [
        ["Category", "Item", "Budget", "Committed", "Actual"],
        ["Signage", "Backdrop", 2900, 2900, 3400],
        ["Printing", "Papers", 100.1, "", 100.3],
      ],
    });
    expect(brief(f)).toEqual(["error Budget!E2 budget.line-over", "warning Budget!E3 budget.line-over"]);
    expect(f[0].message.en).toBe("Signage “Backdrop”: the actual amount of £3,400 is £500 (17.2%) over the budget of £2,900.");
    expect(f[1].message.en).toBe("Printing “Papers”: the actual amount of £100.30 is £0.20 (0.2%) over the budget of £100.10.");
  });

  it("names an unknown currency by its code, and none when the Event gives none", () => {
    const lines = [budget[0], budget[1]];
    expect(check(lineOver, { 会议信息: [["币种", "usd"]], 预算: lines })[0].message.zh).toContain("实际金额 USD 12,500");
    expect(check(lineOver, { 会议信息: [["会议名称", "年会"]], 预算: lines })[0].message.zh).toContain(
      "实际金额 12,500，比预算 10,600 超出 1,900",
    );
  });

  it("treats any spending on a zero budget as an error, without a share", () => {
    const f = check(lineOver, { 会议信息: event, 预算: [budget[0], ["交通", "接站", 0, "", 800]] });
    expect(brief(f)).toEqual(["error 预算!E2 budget.line-over"]);
    expect(f[0].message.zh).toBe("交通“接站”实际金额 ¥800，比预算 ¥0 超出 ¥800。");
  });

  it("can be switched off on the Event sheet", () => {
    expect(check(lineOver, { 会议信息: [...event, ["关闭的规则", "budget.line-over"]], 预算: budget })).toEqual([]);
  });
});
