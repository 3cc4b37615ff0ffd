import type { SheetWrite } from "../../src/core/plan/writePlan";
import { OfficeRequestError } from "../../src/office/errors";
import type { WorkbookNow } from "../../src/office/preflight";
import { reconcilePlan } from "../../src/office/reconcilePlan";

function now(sheetNames: string[], names: { name: string; formula: string }[] = []): WorkbookNow {
  return { sheetNames, names, tables: new Map() };
}

function write(name: string, rest: Partial<SheetWrite> = {}): SheetWrite {
  return { name, mode: "replace", owner: "issues", exists: false, values: [], ...rest };
}

describe("reconcilePlan", () => {
  it("refuses to create a sheet that exists", () => {
    expect(() => reconcilePlan({ sheets: [write("Roster", { mode: "create", owner: undefined })] }, now(["roster"]))).toThrow(
      OfficeRequestError,
    );
  });

  it("refuses to take over a sheet the add-in does not own that appeared since the read", () => {
    expect(() => reconcilePlan({ sheets: [write("检查结果")] }, now(["检查结果"]))).toThrow(/检查结果/);
    expect(() =>
      reconcilePlan({ sheets: [write("检查结果")] }, now(["检查结果"], [{ name: "HuiwuOwned_issues", formula: "=Other!$A$1" }])),
    ).toThrow(OfficeRequestError);
  });

  it("replaces the add-in's own sheet even when the plan thought it was gone, keeping the workbook's spelling", () => {
    const [s] = reconcilePlan(
      { sheets: [write("Issues")] },
      now(["issues"], [{ name: "HuiwuOwned_issues", formula: "=issues!$A$1" }]),
    ).sheets;
    expect(s).toMatchObject({ name: "issues", exists: true, marker: "current" });
  });

  it("recreates an owned sheet a co-author deleted, replacing its now stale marker", () => {
    const [s] = reconcilePlan(
      { sheets: [write("Issues", { exists: true, marker: "current" })] },
      now(["Roster"], [{ name: "HuiwuOwned_issues", formula: "=#REF!$A$1" }]),
    ).sheets;
    expect(s).toMatchObject({ name: "Issues", exists: false, marker: "stale" });
  });

  it("adds a marker that is missing and trusts the plan for sheets it knew existed", () => {
    const [s] = reconcilePlan({ sheets: [write("Issues", { exists: true, marker: "current" })] }, now(["Issues"])).sheets;
    expect(s).toMatchObject({ exists: true, marker: "none" });
  });

  it("leaves sheets without an owner without a marker", () => {
    const [s] = reconcilePlan({ sheets: [write("参会人员", { mode: "create", owner: undefined })] }, now([])).sheets;
    expect(s.marker).toBeUndefined();
    expect(s.exists).toBe(false);
  });
});
