import type { BudgetGroup } from "../../../../src/core/report/budgetReview/budgetGroups";
import {
  categoryCriterion,
  groupSumFormula,
  lineArea,
  sheetRef,
  sumsByCriterion,
  textLiteral,
} from "../../../../src/core/report/budgetReview/lineFormulas";

function group(label: string | null, rows: number[], spellings = label === null ? [] : [label]): BudgetGroup {
  return { label, spellings, rows, sums: { budget: 0, committed: 0, actual: 0 } };
}

describe("the formulas over the Budget sheet", () => {
  it("match a category exactly: = first, wildcards escaped, quotes doubled", () => {
    expect(categoryCriterion("会议厅费")).toBe('"=会议厅费"');
    expect(categoryCriterion('He said "=1"')).toBe('"=He said ""=1"""');
    expect(categoryCriterion("=SUM(A1)")).toBe('"==SUM(A1)"');
    expect(categoryCriterion("<>")).toBe('"=<>"');
    expect(categoryCriterion("A*B?~C")).toBe('"=A~*B~?~~C"');
    expect(categoryCriterion("2026年会")).toBe('"=2026年会"');
    expect(categoryCriterion("Room 101")).toBe('"=Room 101"');
  });

  it("give no criterion for a name Excel would read as a number, date, time or TRUE/FALSE, or one too long for a formula", () => {
    for (const name of [
      "2026",
      "1,200",
      "12/10",
      "2026-12-10",
      "10 Dec",
      "December 10",
      "9:30",
      "9:30 am",
      "2026年12月",
      "1e3",
      "TRUE",
      "false",
    ]) {
      expect([name, categoryCriterion(name)]).toEqual([name, undefined]);
    }
    expect(categoryCriterion("费".repeat(249))).toBeDefined();
    expect(categoryCriterion("费".repeat(250))).toBeUndefined();
  });

  it("quote every sheet name, and texts with doubled quotes", () => {
    expect(sheetRef("Budget")).toBe("'Budget'");
    expect(sheetRef("A1")).toBe("'A1'");
    expect(sheetRef("Tom's")).toBe("'Tom''s'");
    expect(textLiteral('say "hi"')).toBe('"say ""hi"""');
  });

  it("cover the rows from under the header to 500 below the last line, within the sheet", () => {
    expect(lineArea("预算", 0, 14, 0)).toEqual({ sheet: "预算", categoryCol: 0, firstRow: 1, lastRow: 514 });
    expect(lineArea("预算", 0, 1_048_500).lastRow).toBe(1_048_575);
  });

  it("sum a category by criterion once per spelling, and the other groups by reference to their own lines", () => {
    const area = lineArea("预算", 0, 9, 0);
    expect(groupSumFormula(group("餐饮", [1], ["餐饮", "餐饮 "]), 4, area)).toBe(
      `=SUMIFS('预算'!$E$2:$E$510,'预算'!$A$2:$A$510,"=餐饮")+SUMIFS('预算'!$E$2:$E$510,'预算'!$A$2:$A$510,"=餐饮 ")`,
    );
    expect(groupSumFormula(group(null, [1, 2, 3, 5, 7, 8]), 4, area)).toBe(`=SUM('预算'!$E$2:$E$4,'预算'!$E$6,'预算'!$E$8:$E$9)`);
    expect(sumsByCriterion(group("12/10", [1]), area)).toBe(false);
    expect(sumsByCriterion(group("会议厅费", [1]), { ...area, categoryCol: undefined })).toBe(false);
  });

  it("keep a formula within Excel's limits when the lines are scattered", () => {
    const area = lineArea("预算", 0, 1000, 0);
    const scattered = Array.from({ length: 60 }, (_, i) => 1 + 2 * i);
    const f = groupSumFormula(group(null, scattered), 4, area);
    expect(f.match(/SUM\(/g)).toHaveLength(2); // 50 references per SUM
    const tooMany = Array.from({ length: 101 }, (_, i) => 1 + 2 * i);
    expect(groupSumFormula(group(null, tooMany), 4, area)).toBe(`=SUMIFS('预算'!$E$2:$E$1501,'预算'!$A$2:$A$1501,"")`);
    expect(groupSumFormula(group(null, tooMany), 4, { ...area, categoryCol: undefined })).toBe(`=SUM('预算'!$E$2:$E$1501)`);
  });
});
