import { check } from "../../src/app/check";
import { writeDocuments } from "../../src/app/documents";
import type { CellValue } from "../../src/core/cellValue";
import { fakeGateway } from "../office/fakeGateway";

/**
 * A marker is a hint, never proof: a defined name HuiwuOwned_<kind> that points at a planner's
 * sheet (it travels with copied sheets, and anyone can edit it in Name Manager) never makes a
 * command write over that sheet.
 */
const ROSTER: CellValue[][] = [
  ["编号", "姓名", "单位", "回执"],
  ["A001", "张伟", "市财政局", "已确认"],
  ["A002", "李娜", "市教育局", "待确认"],
];
const VENDORS: CellValue[][] = [
  ["供应商", "联系人", "电话"],
  ["华美印务", "王经理", "13800138000"],
];

function book(names: { name: string; formula: string; comment?: string }[]) {
  return fakeGateway({
    sheets: [
      { name: "参会人员", rows: ROSTER },
      { name: "供应商", rows: VENDORS },
    ],
    names,
  });
}

describe("a stray ownership marker", () => {
  it("pointing at the roster: Check reads it, writes the Issues to a new sheet and says why, the roster untouched", async () => {
    const { fake, gateway } = book([{ name: "HuiwuOwned_issues", formula: "='参会人员'!$A$1" }]);
    const before = fake.inspect().sheets.find((s) => s.name === "参会人员");
    const r = await check(gateway, { today: "2026-12-01" });
    expect(r.parsed.roster.records).toHaveLength(2);
    const after = fake.inspect();
    expect(after.sheets.find((s) => s.name === "参会人员")).toEqual(before);
    expect(after.sheets.map((s) => s.name)).toEqual(["参会人员", "供应商", "检查结果", "预算审核"]);
    expect(r.findings).toContainEqual(expect.objectContaining({ id: "ownership.marker-refused", sheet: "参会人员", severity: "warning" }));
    // The marker now points at Huiwu's own sheet: the next run replaces that one, and says nothing more.
    expect(after.names.find((n) => n.name === "HuiwuOwned_issues")?.formula).toBe("='检查结果'!$A$1");
    const again = await check(gateway, { today: "2026-12-01" });
    expect(again.findings.some((f) => f.id === "ownership.marker-refused")).toBe(false);
    expect(fake.inspect().sheets.map((s) => s.name)).toEqual(["参会人员", "供应商", "检查结果", "预算审核"]);
  });

  it("pointing at a planner's other sheet, made by hand without Huiwu's stamp: that sheet is kept whole", async () => {
    const { fake, gateway } = book([{ name: "HuiwuOwned_checklist", formula: "='供应商'!$A$1" }]);
    const before = fake.inspect().sheets.find((s) => s.name === "供应商");
    const r = await writeDocuments(gateway, {});
    expect(fake.inspect().sheets.find((s) => s.name === "供应商")).toEqual(before);
    expect(r.findings).toContainEqual(expect.objectContaining({ id: "ownership.marker-refused", sheet: "供应商" }));
    expect(r.sheets).toContain("会务清单");
  });

  it("edited to point elsewhere while keeping Huiwu's stamp: the stamp does not match that sheet's A1, so it is kept whole", async () => {
    const { fake, gateway } = book([]);
    await check(gateway, { today: "2026-12-01" });
    const stamp = fake.inspect().names.find((n) => n.name === "HuiwuOwned_issues")!.comment!;
    // Someone points the name at the vendors' list in Name Manager.
    fake.state.names.find((n) => n.name === "HuiwuOwned_issues")!.sheetId = fake.state.sheets.find((s) => s.name === "供应商")!.id;
    expect(fake.inspect().names.find((n) => n.name === "HuiwuOwned_issues")).toMatchObject({ formula: "='供应商'!$A$1", comment: stamp });
    const before = fake.inspect().sheets.find((s) => s.name === "供应商");
    await check(gateway, { today: "2026-12-01" });
    expect(fake.inspect().sheets.find((s) => s.name === "供应商")).toEqual(before);
  });
});
