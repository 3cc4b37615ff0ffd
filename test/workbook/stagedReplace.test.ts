import type { WritePlan } from "../../src/core/plan/writePlan";
import { stageReplacements, withTableRenames } from "../../src/workbook/stagedReplace";
import { freeTableNames } from "../../src/workbook/freeTableNames";

const plan: WritePlan = {
  sheets: [
    {
      name: "检查结果",
      mode: "replace",
      owner: "issues",
      exists: true,
      marker: "current",
      values: [{ row: 0, col: 0, values: [["检查结果"]] }],
      tables: [{ name: "HuiwuIssues", range: { row: 0, col: 0, rows: 2, cols: 1 } }],
    },
    { name: "预算审核", mode: "replace", owner: "budgetReview", exists: false, marker: "none", values: [] },
    { name: "参会人员", mode: "update", exists: true, values: [] },
  ],
};

describe("staging the sheets a write replaces", () => {
  it("adds the replacement under a free staging name and keeps the checks on the old sheet and its marker", () => {
    const { plan: staged, swaps, checks } = stageReplacements(plan, ["~检查结果"]);
    expect(staged.sheets.map((s) => [s.name, s.mode, s.exists, s.owner])).toEqual([
      ["~2检查结果", "create", false, undefined],
      ["预算审核", "replace", false, "budgetReview"],
      ["参会人员", "update", true, undefined],
    ]);
    expect(swaps).toEqual([expect.objectContaining({ sheet: "检查结果", staging: "~2检查结果", owner: "issues", marker: "current" })]);
    expect(checks).toEqual([
      { kind: "expectSheet", sheet: "检查结果" },
      { kind: "expectMarker", sheet: "检查结果", owner: "issues", state: "current" },
    ]);
  });

  it("keeps staging names within Excel's 31 characters", () => {
    const long = { ...plan, sheets: [{ ...plan.sheets[0], name: "x".repeat(31) }] };
    expect(stageReplacements(long).swaps[0].staging).toHaveLength(31);
  });

  it("gives a table back the name it had to give up beside the old sheet's", () => {
    const { plan: staged, swaps } = stageReplacements(plan);
    const renamed = freeTableNames(staged, [{ name: "HuiwuIssues", sheet: "检查结果" }]);
    expect(withTableRenames(swaps, staged, renamed)[0].tables).toEqual([{ staged: "HuiwuIssues_2", wanted: "HuiwuIssues" }]);
  });

  it("changes nothing in a plan that replaces no existing sheet", () => {
    const none: WritePlan = { sheets: [plan.sheets[1]] };
    expect(stageReplacements(none)).toEqual({ plan: none, swaps: [], checks: [] });
  });
});
