import type { CellValue } from "../../src/core/cellValue";
import { outputTarget } from "../../src/core/plan/outputTarget";
import type { OwnedKind, SheetWrite, WritePlan } from "../../src/core/plan/writePlan";
import { OfficeRequestError } from "../../src/office/errors";
import type { WorkbookGateway } from "../../src/workbook/gateway";
import type { FakeExcel } from "../fakes/fakeExcel";
import type { FixtureWorkbook } from "../workbook/gatewayHarness";
import { fakeGateway } from "./fakeGateway";

/** A workbook changed by a co-author between the read and the write. */

const NOTHING_WRITTEN_EN =
  "The workbook changed while Huiwu was working (a sheet was added, renamed or removed by someone else); nothing was written — run the command again.";
const NOTHING_WRITTEN_ZH = "会务助手工作期间，工作簿被他人更改（添加、重命名或删除了工作表）；未写入任何内容——请重新运行该命令。";

const OWNED: FixtureWorkbook = {
  sheets: [
    { name: "参会人员", rows: [["姓名"], ["张伟"]] },
    { name: "检查结果", rows: [["旧的检查结果"]] },
  ],
  names: [{ name: "HuiwuOwned_issues", formula: "='检查结果'!$A$1" }],
};

/** What a command does: read, then plan its output sheet from what the read saw. */
async function planOutput(gateway: WorkbookGateway, kind: OwnedKind, name: string, values: CellValue[][]): Promise<WritePlan> {
  const snap = await gateway.read([]);
  const sheet: SheetWrite = { ...outputTarget(snap, kind, name), values: [{ row: 0, col: 0, values }] };
  return { sheets: [sheet] };
}

/** A co-author's change, made in Excel through its own request. */
async function coAuthor(fake: FakeExcel, change: (wb: Excel.Workbook) => void): Promise<void> {
  await fake.run(async (context) => {
    change(context.workbook as unknown as Excel.Workbook);
    await context.sync();
  });
  fake.resetStats();
}

async function failure(p: Promise<unknown>): Promise<OfficeRequestError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(OfficeRequestError);
  return e as OfficeRequestError;
}

describe("office gateway apply: the workbook changed since the read", () => {
  it("a co-author deleted the sheet to replace: stops at the first check, nothing written, one request", async () => {
    const { fake, gateway } = fakeGateway(OWNED);
    const plan = await planOutput(gateway, "issues", "检查结果", [["新的检查结果"]]);
    expect(plan.sheets[0]).toMatchObject({ name: "检查结果", exists: true, marker: "current" });
    await coAuthor(fake, (wb) => wb.worksheets.getItem("检查结果").delete());
    const before = fake.inspect();

    const e = await failure(gateway.apply(plan));
    expect(e.code).toBe("WorkbookChanged");
    expect(e.message).toBe(NOTHING_WRITTEN_EN);
    expect(e.messageZh).toBe(NOTHING_WRITTEN_ZH);
    expect(fake.inspect()).toEqual(before);
    expect(fake.stats.syncs).toBe(1);

    // Run again, as the message says: the new plan recreates the sheet and repairs the marker.
    const again = await planOutput(gateway, "issues", "检查结果", [["新的检查结果"]]);
    await gateway.apply(again);
    expect(fake.cell("检查结果", "A1")).toMatchObject({ value: "新的检查结果" });
    expect((await gateway.read([])).owned).toEqual([expect.objectContaining({ kind: "issues", name: "检查结果" })]);
  });

  it("a co-author took the name of the sheet to add: the add fails before anything else, nothing written", async () => {
    const { fake, gateway } = fakeGateway({ sheets: [{ name: "参会人员", rows: [["姓名"]] }] });
    const plan = await planOutput(gateway, "issues", "检查结果", [["新的检查结果"]]);
    expect(plan.sheets[0]).toMatchObject({ name: "检查结果", exists: false, marker: "none" });
    await coAuthor(fake, (wb) => {
      wb.worksheets.add("检查结果").getRange("A1").values = [["协作者的笔记"]];
    });
    const before = fake.inspect();

    const e = await failure(gateway.apply(plan));
    expect(e.code).toBe("WorkbookChanged");
    expect(e.message).toBe(NOTHING_WRITTEN_EN);
    expect(fake.inspect()).toEqual(before);
    expect(fake.cell("检查结果", "A1")).toMatchObject({ value: "协作者的笔记" });
    expect(fake.stats.syncs).toBe(1);
  });

  it("with several sheets to add, a later one taken: the ones added before it are removed in one more request", async () => {
    const { fake, gateway } = fakeGateway({ sheets: [{ name: "Sheet1", rows: [] }] });
    const create = (name: string): SheetWrite => ({ name, mode: "create", exists: false, values: [{ row: 0, col: 0, values: [[name]] }] });
    await coAuthor(fake, (wb) => {
      wb.worksheets.add("参会人员").getRange("A1").values = [["协作者的名单"]];
    });
    const before = fake.inspect();

    const e = await failure(gateway.apply({ sheets: [create("会议信息"), create("参会人员"), create("预算")] }));
    expect(e.code).toBe("WorkbookChanged");
    expect(e.message).toBe(NOTHING_WRITTEN_EN);
    expect(fake.inspect()).toEqual(before);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.failedSyncs).toBe(1);
  });

  it("a co-author removed the ownership marker: nothing written", async () => {
    const { fake, gateway } = fakeGateway(OWNED);
    const plan = await planOutput(gateway, "issues", "检查结果", [["新的检查结果"]]);
    await coAuthor(fake, (wb) => wb.names.getItem("HuiwuOwned_issues").delete());
    const before = fake.inspect();

    const e = await failure(gateway.apply(plan));
    expect(e.code).toBe("WorkbookChanged");
    expect(fake.inspect()).toEqual(before);
    expect(fake.stats.syncs).toBe(1);
  });

  it("a co-author deleted the sheet and made a new one of the same name: the broken marker stops the write", async () => {
    const { fake, gateway } = fakeGateway(OWNED);
    const plan = await planOutput(gateway, "issues", "检查结果", [["新的检查结果"]]);
    await coAuthor(fake, (wb) => {
      wb.worksheets.getItem("检查结果").delete();
      wb.worksheets.add("检查结果").getRange("A1").values = [["协作者自己的表"]];
    });
    const before = fake.inspect();
    expect(before.names).toEqual([{ name: "HuiwuOwned_issues", formula: "=#REF!$A$1" }]);

    const e = await failure(gateway.apply(plan));
    expect(e.code).toBe("WorkbookChanged");
    expect(fake.inspect()).toEqual(before);
  });

  it("a co-author renamed the sheet and gave its old name to a new one: the marker followed the rename, the write stops", async () => {
    const { fake, gateway } = fakeGateway(OWNED);
    const plan = await planOutput(gateway, "issues", "检查结果", [["新的检查结果"]]);
    await coAuthor(fake, (wb) => {
      wb.worksheets.getItem("检查结果").name = "检查结果（旧）";
      wb.worksheets.add("检查结果").getRange("A1").values = [["协作者自己的表"]];
    });
    const before = fake.inspect();

    const e = await failure(gateway.apply(plan));
    expect(e.code).toBe("WorkbookChanged");
    expect(fake.inspect()).toEqual(before);
    expect(fake.cell("检查结果", "A1")).toMatchObject({ value: "协作者自己的表" });
  });

  it("a failure after the checks is not taken for a change of the workbook", async () => {
    const { gateway } = fakeGateway(OWNED);
    const plan = await planOutput(gateway, "issues", "检查结果", [["x"]]);
    plan.sheets[0].tables = [{ name: "1 bad name", range: { row: 0, col: 0, rows: 1, cols: 1 } }];
    const e = await failure(gateway.apply(plan));
    expect(e.code).toBe("InvalidArgument");
  });

  describe("on a host that reports no trace messages", () => {
    it("still tells a deleted sheet (a failed lookup can only be a check)", async () => {
      const { fake, gateway } = fakeGateway(OWNED, { reportsTraces: false });
      const plan = await planOutput(gateway, "issues", "检查结果", [["x"]]);
      await coAuthor(fake, (wb) => wb.worksheets.getItem("检查结果").delete());
      const before = fake.inspect();
      const e = await failure(gateway.apply(plan));
      expect(e.code).toBe("WorkbookChanged");
      expect(fake.inspect()).toEqual(before);
    });

    it("reports a taken name as Excel's ItemAlreadyExists; with one sheet to add, still nothing was changed", async () => {
      const { fake, gateway } = fakeGateway({ sheets: [{ name: "参会人员", rows: [["姓名"]] }] }, { reportsTraces: false });
      const plan = await planOutput(gateway, "issues", "检查结果", [["x"]]);
      await coAuthor(fake, (wb) => wb.worksheets.add("检查结果"));
      const before = fake.inspect();
      const e = await failure(gateway.apply(plan));
      expect(e.code).toBe("ItemAlreadyExists");
      expect(e.message).toMatch(/already exists in the workbook/);
      expect(fake.inspect()).toEqual(before);
    });

    it("cannot tell which of several sheets were added, so the ones before the taken name stay, empty", async () => {
      const { fake, gateway } = fakeGateway({ sheets: [{ name: "Sheet1", rows: [] }] }, { reportsTraces: false });
      await coAuthor(fake, (wb) => wb.worksheets.add("参会人员"));
      const create = (name: string): SheetWrite => ({
        name,
        mode: "create",
        exists: false,
        values: [{ row: 0, col: 0, values: [[name]] }],
      });
      const e = await failure(gateway.apply({ sheets: [create("会议信息"), create("参会人员")] }));
      expect(e.code).toBe("ItemAlreadyExists");
      expect(fake.inspect().sheets.map((s) => [s.name, Object.keys(s.cells).length])).toEqual([
        ["Sheet1", 0],
        ["参会人员", 0],
        ["会议信息", 0],
      ]);
    });
  });
});
