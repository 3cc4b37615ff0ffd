import type { WritePlan } from "../../src/core/plan/writePlan";
import { freeTableNames } from "../../src/workbook/freeTableNames";

const plan = (mode: "replace" | "create", name: string): WritePlan => ({
  sheets: [
    {
      name,
      mode,
      exists: mode === "replace",
      values: [],
      tables: [{ name: "HuiwuBadges", range: { row: 0, col: 0, rows: 2, cols: 2 } }],
    },
  ],
});

describe("freeTableNames", () => {
  it("renames a table whose name another sheet's table already has", () => {
    const out = freeTableNames(plan("create", "Badges (2)"), [
      { name: "huiwubadges", sheet: "Badges" },
      { name: "HuiwuBadges_2", sheet: "Old" },
    ]);
    expect(out.sheets[0].tables![0].name).toBe("HuiwuBadges_3");
  });

  it("keeps the name when the table it meets is on the sheet being replaced", () => {
    const p = plan("replace", "Badges");
    expect(freeTableNames(p, [{ name: "HuiwuBadges", sheet: "badges" }])).toBe(p);
  });

  it("treats a workbook-level defined name as taken", () => {
    expect(freeTableNames(plan("replace", "Badges"), [{ name: "HUIWUBADGES", sheet: "" }]).sheets[0].tables![0].name).toBe("HuiwuBadges_2");
  });
});
