import { contingency } from "../../../../src/core/rules/budget/contingency";
import { brief, check } from "../ruleHarness";

const event = [
  ["预算总额", 185000],
  ["币种", "CNY"],
];
const header = ["类别", "项目", "预算金额"];
const lines = (reserveName: string, reserve: number) => [
  header,
  ["会议厅费", "主会场", 120000],
  ["餐饮", "工作餐", 50000],
  [reserveName, "", reserve],
];

describe("budget.contingency", () => {
  it("says nothing for a contingency between 5% and 15% of the approved total", () => {
    expect(check(contingency, { 会议信息: event, 预算: lines("不可预计费用", 12541) })).toEqual([]);
  });

  it("recognises the line by its synonyms, or by its item when the category is something else", () => {
    expect(check(contingency, { 会议信息: event, 预算: lines("预备费", 12541) })).toEqual([]);
    expect(check(contingency, { 会议信息: event, 预算: lines("不可预见费用", 12541) })).toEqual([]);
    const byItem = [header, ["会议厅费", "主会场", 170000], ["其他", "不可预计费用", 15000]];
    expect(check(contingency, { 会议信息: event, 预算: byItem })).toEqual([]);
  });

  it("warns when there is no contingency line, pointing where one would be added", () => {
    const f = check(contingency, { 会议信息: event, 预算: lines("交通", 15000) });
    expect(brief(f)).toEqual(["warning 预算!A5 budget.contingency"]);
    expect(f[0].message.zh).toBe("预算中没有“不可预计费用”一项。");
    expect(f[0].fix?.zh).toBe("添加“不可预计费用”，一般为预算总额的 5%–15%。");
  });

  it("warns when the contingency is below the minimum or above the maximum share", () => {
    const low = check(contingency, { 会议信息: event, 预算: lines("不可预计费用", 5550) });
    expect(brief(low)).toEqual(["warning 预算!C4 budget.contingency"]);
    expect(low[0].message.zh).toBe("不可预计费用 ¥5,550，占预算总额 ¥185,000 的 3%，低于 5%。");
    const justUnder = check(contingency, { 会议信息: event, 预算: lines("不可预计费用", 9176) });
    expect(justUnder[0].message.zh).toBe("不可预计费用 ¥9,176，占预算总额 ¥185,000 的 4.96%，低于 5%。");
    const high = check(contingency, { 会议信息: event, 预算: lines("不可预计费用", 30000) });
    expect(high[0].message.en).toBe("The contingency of ¥30,000 is 16.2% of the approved total (¥185,000), above 15%.");
  });

  it("measures against the sum of the lines when the Event has no approved total", () => {
    // 30,000 of 200,000 is 15%, within the range; 40,000 of 210,000 is not.
    expect(check(contingency, { 会议信息: [["币种", "GBP"]], 预算: lines("Contingency", 30000) })).toEqual([]);
    const f = check(contingency, { 会议信息: [["币种", "GBP"]], 预算: lines("Contingency", 40000) });
    expect(f[0].message.en).toBe("The contingency of £40,000 is 19% of the sum of the lines (£210,000), above 15%.");
  });

  it("follows the shares set on the Event sheet", () => {
    const settings = [...event, ["不可预计费用下限", "2%"]];
    expect(check(contingency, { 会议信息: settings, 预算: lines("不可预计费用", 5550) })).toEqual([]);
  });

  it("works on English sheets", () => {
    const f = check(contingency, {
      Budget: [
        ["Category", "Item", "Budget"],
        ["Venue hire", "Main hall", 9000],
        ["Catering", "Lunch", 3780],
      ],
    });
    expect(brief(f)).toEqual(["warning Budget!A4 budget.contingency"]);
    expect(f[0].message.en).toBe("The budget has no contingency line.");
  });

  it("says nothing about an empty budget", () => {
    expect(check(contingency, { 会议信息: event, 预算: [header] })).toEqual([]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = [...event, ["关闭的规则", "budget.contingency"]];
    expect(check(contingency, { 会议信息: off, 预算: lines("交通", 1) })).toEqual([]);
  });
});
