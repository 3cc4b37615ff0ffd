import type { CellValue } from "../../src/core/cellValue";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { ownershipStamp } from "../../src/workbook/ownership";
import { fakeGateway } from "./fakeGateway";

const rows = (n: number, tag: string, giantAt = -1): CellValue[][] =>
  Array.from({ length: n }, (_, i) => [i === giantAt ? "长".repeat(30_000) : `${tag}${i}`, "会务助手写入的一段较长文字".repeat(3), i]);

/** The workbook as the read saw it: the roster, last run's 检查结果 (marked), and the budget after it. */
function workbook() {
  return fakeGateway(
    {
      sheets: [
        { name: "参会人员", rows: [["姓名"], ["张伟"]] },
        { name: "检查结果", rows: [["旧的检查结果"], ["planner's note"]] },
        { name: "预算", rows: [["科目"]] },
      ],
      names: [{ name: "HuiwuOwned_issues", formula: "='检查结果'!$A$1", comment: ownershipStamp("issues", "旧的检查结果") }],
    },
    { budgetBytes: 50_000, payloadLimit: 60_000 },
  );
}

function replacement(giantAt = -1): WritePlan {
  const values = rows(3_000, "甲", giantAt);
  values[0][0] = "检查结果";
  return {
    sheets: [
      {
        name: "检查结果",
        mode: "replace",
        owner: "issues",
        exists: true,
        marker: "current",
        values: [{ row: 0, col: 0, values }],
        tables: [{ name: "HuiwuIssues", range: { row: 0, col: 0, rows: 3_000, cols: 3 }, style: "TableStyleLight9" }],
      },
    ],
  };
}

describe("replacing a sheet in several requests", () => {
  it("leaves the old sheet as it was when a request fails half-way, and no half-written sheet", async () => {
    const { fake, gateway } = workbook();
    await gateway.read(["参会人员", "检查结果"]);
    // Row 2,500 alone is over the size limit: the chunks before it are written, then the write stops.
    await expect(gateway.apply(replacement(2_500))).rejects.toThrow();
    expect(fake.stats.syncs).toBeGreaterThan(3);
    const wb = fake.inspect();
    expect(wb.sheets.map((s) => s.name)).toEqual(["参会人员", "检查结果", "预算"]);
    const old = wb.sheets.find((s) => s.name === "检查结果")!;
    expect(old.cells).toEqual({ A1: { value: "旧的检查结果" }, A2: { value: "planner's note" } });
    expect(wb.names).toEqual([
      { name: "HuiwuOwned_issues", formula: "='检查结果'!$A$1", comment: ownershipStamp("issues", "旧的检查结果") },
    ]);
  });

  it("swaps the new sheet in at the end: the old one's place among the tabs, its marker, its table's name", async () => {
    const { fake, gateway } = workbook();
    await gateway.read(["参会人员", "检查结果"]);
    const report = await gateway.apply(replacement());
    expect(report.sheets).toEqual(["检查结果"]);
    const wb = fake.inspect();
    expect(wb.sheets.map((s) => s.name)).toEqual(["参会人员", "检查结果", "预算"]);
    const fresh = wb.sheets.find((s) => s.name === "检查结果")!;
    expect(fresh.cells.A1).toEqual({ value: "检查结果" });
    expect(fresh.cells.A3000).toEqual({ value: "甲2999" });
    expect(fresh.cells.A2).toEqual({ value: "甲1" });
    expect(fresh.tables.map((t) => t.name)).toEqual(["HuiwuIssues"]);
    expect(wb.names).toEqual([{ name: "HuiwuOwned_issues", formula: "='检查结果'!$A$1", comment: ownershipStamp("issues", "检查结果") }]);
  });

  it("replaces in place, as before, when one request holds the whole write", async () => {
    const { fake, gateway } = workbook();
    await gateway.read(["参会人员", "检查结果"]);
    const small = replacement();
    small.sheets[0].values = [{ row: 0, col: 0, values: [["检查结果"]] }];
    small.sheets[0].tables = [];
    await gateway.apply(small);
    expect(fake.inspect().sheets.map((s) => s.name)).toEqual(["参会人员", "检查结果", "预算"]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
  });
});
