import { BUDGET_CATEGORIES, matchCategory } from "../../../src/core/schema/budgetCategories";

describe("budget categories", () => {
  it("knows the seed's lines and the four added ones by their Chinese names", () => {
    const zh = [
      "会议厅费",
      "讲师食住行费",
      "讲课费",
      "工作人员费用",
      "广告制作费",
      "资料制作费",
      "水费",
      "不可预计费用",
      "餐饮",
      "住宿",
      "交通",
      "设备租赁",
    ];
    expect(zh.map(matchCategory)).toEqual([
      "venue",
      "speakerExpenses",
      "speakerFees",
      "staffCosts",
      "signage",
      "printing",
      "refreshments",
      "contingency",
      "catering",
      "accommodation",
      "transport",
      "equipment",
    ]);
    expect(BUDGET_CATEGORIES.map((c) => matchCategory(c.zh))).toEqual(BUDGET_CATEGORIES.map((c) => c.code));
  });

  it("knows the English names of the sample workbook", () => {
    const en = ["Venue hire", "Speakers' expenses", "Speaker fees", "Staff costs", "Signage", "Printing", "Refreshments"];
    expect(en.map(matchCategory)).toEqual(["venue", "speakerExpenses", "speakerFees", "staffCosts", "signage", "printing", "refreshments"]);
    expect(["Catering", "Accommodation", "Transport", "Equipment hire", "Contingency"].map(matchCategory)).toEqual([
      "catering",
      "accommodation",
      "transport",
      "equipment",
      "contingency",
    ]);
  });

  it("reads synonyms, a trailing 费/费用, case, width and stray spaces", () => {
    expect(matchCategory("预备费")).toBe("contingency");
    expect(matchCategory("不可预见费用")).toBe("contingency");
    expect(matchCategory("餐饮费")).toBe("catering");
    expect(matchCategory("住宿费用")).toBe("accommodation");
    expect(matchCategory(" 讲课费 ")).toBe("speakerFees");
    expect(matchCategory("ＶＥＮＵＥ ＨＩＲＥ")).toBe("venue");
    expect(matchCategory("speaker fees")).toBe("speakerFees");
  });

  it("does not guess at other lines", () => {
    expect(matchCategory("礼品")).toBeUndefined();
    expect(matchCategory("费")).toBeUndefined();
    expect(matchCategory("")).toBeUndefined();
    expect(matchCategory(undefined)).toBeUndefined();
  });
});
