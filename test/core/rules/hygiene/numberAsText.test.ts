import { numberAsText } from "../../../../src/core/rules/hygiene/numberAsText";
import { brief, check } from "../ruleHarness";

const header = ["类别", "项目", "数量", "单价", "预算金额", "已承诺", "实际金额"];

describe("hygiene.number-as-text", () => {
  it("notes an amount typed as text, at its cell", () => {
    const budget = [header, ["讲课费", "专家讲课费", 2, 3000, 6000, "¥12,000", ""], ["会议厅费", "主会场", 1, 8000, 8000, 8000, 8000]];
    const f = check(numberAsText, { 预算: budget });
    expect(brief(f)).toEqual(["info 预算!F2 hygiene.number-as-text"]);
    expect(f[0].message.zh).toBe("“已承诺”中的“¥12,000”是以文本录入的数值：会务检查能读出 12000，但 Excel 的求和与公式会漏掉它。");
    expect(f[0].message.en).toBe(
      '"¥12,000" in the Committed column is typed as text: Huiwu reads 12000, but Excel\'s SUM and formulas leave it out.',
    );
    expect(f[0].fix?.zh).toBe("将单元格设为数值格式，重新输入 12000（货币符号用单元格格式显示）。");
  });

  it("sums up a column of amounts typed as text", () => {
    const budget = [header, ...Array.from({ length: 8 }, (_, i) => ["餐饮", `第${i + 1}餐`, "", "", `${1000 + i}`, "", ""])];
    const f = check(numberAsText, { 预算: budget });
    expect(brief(f)).toEqual(["info 预算!E2 hygiene.number-as-text"]);
    expect(f[0].message.zh).toMatch(/^“预算金额”列全部 8 个数值是以文本录入的（第一个在 E2）/);
  });

  it("covers counts on other sheets but leaves IDs, phones and room numbers alone", () => {
    const f = check(numberAsText, {
      酒店: [
        ["酒店", "房型", "房间数"],
        ["滨江国际酒店", "标准间", "40"],
      ],
      参会人员: [
        ["姓名", "电话", "房号", "桌号"],
        ["张伟", "13800138000", "601", "3"],
      ],
      会议信息: [["每桌人数", "10"]],
    });
    expect(brief(f)).toEqual(["info 会议信息!B1 hygiene.number-as-text", "info 酒店!C2 hygiene.number-as-text"]);
  });

  it("says nothing about real numbers, and can be switched off", () => {
    expect(check(numberAsText, { 预算: [header, ["水费", "矿泉水", 100, 2, 200, 200, 180]] })).toEqual([]);
    expect(
      check(numberAsText, {
        会议信息: [
          ["预算总额", "185000"],
          ["关闭的规则", "hygiene.number-as-text"],
        ],
      }),
    ).toEqual([]);
  });
});
