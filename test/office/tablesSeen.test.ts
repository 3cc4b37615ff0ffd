import type { SheetWrite } from "../../src/core/plan/writePlan";
import { TablesSeen } from "../../src/office/tablesSeen";
import type { FakeExcel } from "../fakes/fakeExcel";
import type { FixtureWorkbook } from "../workbook/gatewayHarness";
import { fakeGateway } from "./fakeGateway";

const OWNED: FixtureWorkbook = {
  sheets: [
    { name: "参会人员", rows: [["姓名"], ["张伟"]] },
    {
      name: "检查结果",
      rows: [
        ["工作表", "单元格"],
        ["参会人员", "A2"],
      ],
    },
  ],
  names: [{ name: "HuiwuOwned_issues", formula: "='检查结果'!$A$1" }],
};

const REPLACE: SheetWrite = {
  name: "检查结果",
  mode: "replace",
  owner: "issues",
  exists: true,
  marker: "current",
  values: [{ row: 0, col: 0, values: [["新"]] }],
};

async function addTable(fake: FakeExcel, sheet: string, address: string, name: string): Promise<void> {
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.tables.add(ws.getRange(address), true).name = name;
    await context.sync();
  });
}

describe("TablesSeen", () => {
  it("keeps the tables a read found by sheet, whatever the case of the sheet name", () => {
    const seen = new TablesSeen();
    seen.replaceAll([
      { name: "T1", sheet: "Issues" },
      { name: "T2", sheet: "issues" },
      { name: "Rooms", sheet: "住宿" },
    ]);
    expect(seen.on("ISSUES")).toEqual(["T1", "T2"]);
    expect(seen.on("Other")).toEqual([]);
    seen.replaceAll([]);
    expect(seen.on("Issues")).toEqual([]);
  });

  it("after a write a sheet holds the plan's tables; after a failed one it is not known", () => {
    const seen = new TablesSeen();
    seen.replaceAll([{ name: "Old", sheet: "Issues" }]);
    const plan = { sheets: [{ ...REPLACE, name: "Issues", tables: [{ name: "New", range: { row: 0, col: 0, rows: 2, cols: 2 } }] }] };
    seen.written(plan);
    expect(seen.on("issues")).toEqual(["New"]);
    seen.forget(plan);
    expect(seen.on("issues")).toEqual([]);
  });
});

describe("tables on an add-in-owned sheet being replaced", () => {
  it("a table the read saw there is removed with the rest, in the write's one request", async () => {
    const { fake, gateway } = fakeGateway(OWNED);
    await addTable(fake, "检查结果", "A1:B2", "旧表");
    await gateway.read(["参会人员"]);
    fake.resetStats();
    await gateway.apply({ sheets: [REPLACE] });
    expect(fake.stats.syncs).toBe(1);
    const sheet = fake.inspect().sheets.find((s) => s.name === "检查结果")!;
    expect(sheet.tables).toEqual([]);
    expect(sheet.cells).toEqual({ A1: { value: "新" } });
  });

  it("a table a co-author removed since the read stops the write before it changes anything", async () => {
    const { fake, gateway } = fakeGateway(OWNED);
    await addTable(fake, "检查结果", "A1:B2", "旧表");
    await gateway.read([]);
    await fake.run(async (context) => {
      context.workbook.tables.getItem("旧表").delete();
      await context.sync();
    });
    const before = fake.inspect();
    await expect(gateway.apply({ sheets: [REPLACE] })).rejects.toMatchObject({ code: "WorkbookChanged" });
    expect(fake.inspect()).toEqual(before);
  });

  it("a table added after the read is not known: its cells are cleared and the table object stays", async () => {
    const { fake, gateway } = fakeGateway(OWNED);
    await gateway.read([]);
    await addTable(fake, "检查结果", "D1:E3", "后加的表");
    await gateway.apply({ sheets: [REPLACE] });
    const sheet = fake.inspect().sheets.find((s) => s.name === "检查结果")!;
    expect(sheet.cells).toEqual({ A1: { value: "新" } });
    expect(sheet.tables).toEqual([{ name: "后加的表", range: "D1:E3" }]);
  });

  it("the gateway's own table from its last write is removed on the next replace, even without a read between", async () => {
    const { fake, gateway } = fakeGateway(OWNED);
    const withTable: SheetWrite = {
      ...REPLACE,
      values: [
        {
          row: 0,
          col: 0,
          values: [
            ["a", "b"],
            [1, 2],
          ],
        },
      ],
      tables: [{ name: "检查表", range: { row: 0, col: 0, rows: 2, cols: 2 } }],
    };
    await gateway.apply({ sheets: [withTable] });
    await gateway.apply({ sheets: [withTable] });
    expect(fake.inspect().sheets.find((s) => s.name === "检查结果")!.tables).toEqual([{ name: "检查表", range: "A1:B2" }]);
  });
});
