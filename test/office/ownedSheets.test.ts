import { distinctNames, findSheetName, ownedSheetsFromNames } from "../../src/office/ownedSheets";

describe("ownedSheetsFromNames", () => {
  const tabs = ["会议信息", "检查结果", "Budget Review"];

  it("keeps only the add-in's markers, following them to the sheet's own spelling", () => {
    expect(
      ownedSheetsFromNames(
        [
          { name: "Print_Area", formula: "=会议信息!$A$1:$B$9" },
          { name: "HuiwuOwned_issues", formula: "=检查结果!$A$1", comment: "Huiwu issues 0badf00d" },
          { name: "HuiwuOwned_budgetReview", formula: "='budget review'!$A$1" },
        ],
        tabs,
        new Map([["issues", "检查结果 — 年会"]]),
      ),
    ).toEqual([
      // With the marker's stamp and what the marked cell holds, to tell Huiwu's sheet from a planner's.
      { kind: "issues", name: "检查结果", stamp: "Huiwu issues 0badf00d", a1: "检查结果 — 年会" },
      { kind: "budgetReview", name: "Budget Review", stamp: "" },
    ]);
  });

  it("reports a marker whose sheet is gone as stale", () => {
    expect(
      ownedSheetsFromNames(
        [
          { name: "HuiwuOwned_checklist", formula: "=#REF!$A$1" },
          { name: "HuiwuOwned_minutes", formula: "='会议纪要'!$A$1" },
        ],
        tabs,
      ),
    ).toEqual([
      { kind: "checklist", name: null, stamp: "" },
      { kind: "minutes", name: null, stamp: "" },
    ]);
  });
});

describe("sheet name helpers", () => {
  it("match case-insensitively, as Excel does", () => {
    expect(findSheetName(["Roster"], "ROSTER")).toBe("Roster");
    expect(findSheetName(["Roster"], "Budget")).toBeUndefined();
    expect(distinctNames(["Roster", "roster", "预算", "ROSTER", "预算"])).toEqual(["Roster", "预算"]);
  });
});
