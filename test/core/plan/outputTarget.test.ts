import { outputTarget } from "../../../src/core/plan/outputTarget";

describe("outputTarget", () => {
  it("creates the preferred sheet when nothing of that kind exists", () => {
    expect(outputTarget({ sheetNames: ["参会人员"], owned: [] }, "issues", "检查结果")).toEqual({
      name: "检查结果",
      mode: "replace",
      owner: "issues",
      exists: false,
      marker: "none",
    });
  });

  it("replaces our own sheet of that kind, even after a co-author renamed it", () => {
    const t = outputTarget(
      { sheetNames: ["参会人员", "检查结果（旧）"], owned: [{ kind: "issues", name: "检查结果（旧）" }] },
      "issues",
      "检查结果",
    );
    expect(t).toMatchObject({ name: "检查结果（旧）", exists: true, marker: "current" });
  });

  it("never takes over a planner's sheet that happens to have the name", () => {
    const t = outputTarget({ sheetNames: ["Issues", "issues (2)"], owned: [] }, "issues", "Issues");
    expect(t).toMatchObject({ name: "Issues (3)", exists: false, marker: "none" });
  });

  it("replaces a stale marker when our sheet was deleted", () => {
    const t = outputTarget({ sheetNames: ["Roster"], owned: [{ kind: "issues", name: null }] }, "issues", "Issues");
    expect(t).toMatchObject({ name: "Issues", exists: false, marker: "stale" });
  });

  it("ignores markers of other kinds", () => {
    const t = outputTarget({ sheetNames: ["Budget Review"], owned: [{ kind: "budgetReview", name: "Budget Review" }] }, "issues", "Issues");
    expect(t).toMatchObject({ name: "Issues", marker: "none" });
  });
});
