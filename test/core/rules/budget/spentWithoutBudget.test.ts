import { spentWithoutBudget } from "../../../../src/core/rules/budget/spentWithoutBudget";
import { brief, check } from "../ruleHarness";

const event = [["币种", "CNY"]];

describe("budget.spent-without-budget", () => {
  it("flags money spent or promised on a line with no budget amount, at the budget cell", () => {
    const budget = [
      ["类别", "项目", "预算金额", "已承诺", "实际金额"],
      ["住宿费", "机动房", "", 3000, ""],
      ["交通费", "接站大巴", "", 1200, 1800],
      ["会议厅费", "主会场", 30000, 31500, ""],
      ["水费", "", "", "", ""],
      ["资料费", "", 0, "", 500],
    ];
    const f = check(spentWithoutBudget, { 会议信息: event, 预算: budget });
    expect(brief(f)).toEqual(["warning 预算!C2 budget.spent-without-budget", "warning 预算!C3 budget.spent-without-budget"]);
    expect(f[0].message.zh).toBe("住宿费“机动房”已承诺 ¥3,000，但没有预算金额。");
    expect(f[1].message.en).toBe("交通费 “接站大巴”: ¥1,800 of actual spending, but no budget amount.");
  });

  it("says nothing of a budget with no budget column (the missing column is said once)", () => {
    const budget = [
      ["类别", "实际金额"],
      ["住宿费", 3000],
    ];
    expect(brief(check(spentWithoutBudget, { 会议信息: event, 预算: budget }))).toEqual(["info 预算!A1 rules.missing-column"]);
  });
});
