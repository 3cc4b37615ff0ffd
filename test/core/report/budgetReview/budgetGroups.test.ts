import { budgetLines } from "../../../../src/core/report/budgetReview/budgetGroups";
import { parse, sheet } from "../../schema/fixtures";

function linesOf(rows: (string | number | boolean)[][]) {
  const p = parse(sheet("预算", [["类别", "项目", "预算金额", "已承诺", "实际金额"], ...rows]));
  return budgetLines(p.budget);
}

describe("budget lines by category", () => {
  it("groups categories in order of appearance, ignoring case, with the lines without one last", () => {
    const { groups } = linesOf([
      ["", "a", 1],
      ["Catering", "b", 2],
      ["Venue", "c", 4],
      ["catering", "d", 8],
    ]);
    expect(groups.map((g) => [g.label, g.rows, g.sums.budget])).toEqual([
      ["Catering", [2, 4], 10],
      ["Venue", [3], 4],
      [null, [1], 1],
    ]);
    expect(groups[0].spellings).toEqual(["Catering"]);
  });

  it("keeps each spelling a criterion tells apart: a trailing space is one", () => {
    const { groups } = linesOf([
      ["餐饮", "a", 1],
      ["餐饮 ", "b", 2],
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].spellings).toEqual(["餐饮", "餐饮 "]);
  });

  it("sums only amounts stored as numbers, as SUMIFS does, and lists those typed as text", () => {
    const { groups, textAmounts } = linesOf([
      ["讲课费", "a", 12000, "¥12,000", "3000"],
      ["讲课费", "b", 500.5, 200.25, ""],
      ["讲课费", "c", true, "待定", 100],
    ]);
    expect(groups[0].sums).toEqual({ budget: 12500.5, committed: 200.25, actual: 100 });
    expect(textAmounts).toEqual([
      { key: "committed", cell: "D2", raw: "¥12,000" },
      { key: "actual", cell: "E2", raw: "3000" },
    ]);
  });

  it("makes a sum an error (NaN) when one of its cells shows an error, as Excel does", () => {
    const { groups, errorAmounts } = linesOf([
      ["会议厅费", "a", 100, "#N/A", 5],
      ["餐饮", "b", 50, 10, 5],
    ]);
    expect(groups[0].sums.committed).toBeNaN();
    expect(groups[0].sums.budget).toBe(100);
    expect(groups[1].sums.committed).toBe(10);
    expect(errorAmounts).toEqual([{ key: "committed", cell: "D2" }]);
  });
});
