import { currencyPrefix, formatCount, formatMoney, formatShare, formatShareBeside, toCents } from "../../../../src/core/rules/budget/money";

describe("budget amounts in messages", () => {
  it("writes ¥ and £ for the currencies finance knows by sign, in either language, else the code", () => {
    expect(["CNY", "rmb", "人民币", "元", "￥"].map(currencyPrefix)).toEqual(["¥", "¥", "¥", "¥", "¥"]);
    expect(["GBP", "英镑", "£"].map(currencyPrefix)).toEqual(["£", "£", "£"]);
    expect(currencyPrefix("usd")).toBe("USD ");
    expect(currencyPrefix(undefined)).toBe("");
    expect(currencyPrefix("  ")).toBe("");
  });

  it("groups thousands and shows cents only when there are some", () => {
    expect(formatMoney(1850000000, "¥")).toBe("¥18,500,000");
    expect(formatMoney(123450, "£")).toBe("£1,234.50");
    expect(formatMoney(5, "")).toBe("0.05");
    expect(formatMoney(-30000, "¥")).toBe("-¥300");
    expect(formatMoney(98000, "USD ")).toBe("USD 980");
  });

  it("keeps sums exact: amounts become whole cents", () => {
    expect(toCents(0.1) + toCents(0.2)).toBe(toCents(0.3));
    expect(formatMoney(toCents(1000.3) - toCents(1000.1), "¥")).toBe("¥0.20");
  });

  it("writes shares and counts without float noise", () => {
    expect(formatShare(0.17924528)).toBe("17.9%");
    expect(formatShare(0.05)).toBe("5%");
    expect(formatShare(0.1 + 0.2)).toBe("30%");
    expect(formatCount(46.5)).toBe("46.5");
    expect(formatShareBeside(0.0496, 0.05)).toBe("4.96%");
    expect(formatShareBeside(0.1001, 0.1)).toBe("10.01%");
    expect(formatShareBeside(0.2, 0.1)).toBe("20%");
    expect(formatCount(0.1 + 0.2)).toBe("0.3");
  });
});
