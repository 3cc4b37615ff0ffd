import { missingPaperwork } from "../../../../src/core/rules/budget/missingPaperwork";
import { brief, check } from "../ruleHarness";

const event = [["币种", "CNY"]];
const header = ["类别", "项目", "预算金额", "实际金额", "审批人", "发票号", "付款状态"];
const budget = [
  header,
  ["会议厅费", "主会场", 30000, 9000, "孙健振", "73721683", "部分付款"],
  ["资料制作费", "证件制作", 870, 783, "高立华", "", "已付款"],
  ["设备租赁", "音响", 20200, 10100, "", "16123995", "部分付款"],
  ["广告制作费", "横幅", 10600, 12500.5, "", "", "已付款"],
  ["餐饮", "工作餐", 31200, "", "", "", "未付款"],
  ["水费", "饮用水", 500, 0, "", "", ""],
];

describe("budget.missing-paperwork", () => {
  it("gives one warning per line that has spending without an invoice number or an approver", () => {
    const f = check(missingPaperwork, { 会议信息: event, 预算: budget });
    expect(brief(f)).toEqual([
      "warning 预算!F3 budget.missing-paperwork",
      "warning 预算!E4 budget.missing-paperwork",
      "warning 预算!F5 budget.missing-paperwork",
    ]);
    expect(f[0].message.zh).toBe("资料制作费“证件制作”已支出 ¥783，但没有发票号。");
    expect(f[1].message.en).toBe("设备租赁 “音响”: ¥10,100 spent, but no approver is recorded.");
    expect(f[2].message.zh).toBe("广告制作费“横幅”已支出 ¥12,500.50，但没有发票号和审批人。");
    expect(f[2].fix?.en).toBe("Enter the invoice number and the approver so finance can settle the payment.");
  });

  it("says nothing when spending is documented or nothing is spent yet", () => {
    expect(check(missingPaperwork, { 会议信息: event, 预算: [header, budget[1], budget[5], budget[6]] })).toEqual([]);
  });

  it("works on English sheets", () => {
    const f = check(missingPaperwork, {
      Budget: [
        ["Category", "Item", "Budget", "Actual", "Approver", "Invoice"],
        ["Printing", "Badges", 156, 140, "Aisha Johnson", ""],
      ],
    });
    expect(brief(f)).toEqual(["warning Budget!F2 budget.missing-paperwork"]);
    expect(f[0].message.en).toBe("Printing “Badges”: 140 spent, but no invoice number is recorded.");
  });

  it("without an invoice column says once that the check did not run", () => {
    const noInvoice = budget.map((r) => [...r.slice(0, 5), r[6]]);
    expect(brief(check(missingPaperwork, { 会议信息: event, 预算: noInvoice }))).toEqual(["info 预算!G1 rules.missing-column"]);
  });

  it("can be switched off on the Event sheet", () => {
    expect(check(missingPaperwork, { 会议信息: [...event, ["关闭的规则", "budget.missing-paperwork"]], 预算: budget })).toEqual([]);
  });
});
