import { ownershipStamp } from "../../src/workbook/ownership";
import type { CellValue } from "../../src/core/cellValue";
import type { SheetWrite, WritePlan } from "../../src/core/plan/writePlan";
import { OfficeRequestError } from "../../src/office/errors";
import { planChunks } from "../../src/office/planChunks";
import { chunkPlan, MAX_REQUEST_BYTES } from "../../src/workbook/chunk";
import type { ApplyProgress } from "../../src/workbook/gateway";
import { conference, tableAssignmentRows } from "./conference";
import { fakeGateway } from "./fakeGateway";
import { gridDifference } from "./grids";

const roster = conference(10_000).generated.sheets[1].rows;

/** A table-assignment-like output: 12 columns per attendee. */
function outputRows(count: number): CellValue[][] {
  return tableAssignmentRows(roster, count);
}

function outputSheet(name: string, values: CellValue[][], extra: Partial<SheetWrite> = {}): SheetWrite {
  return {
    name,
    mode: "replace",
    owner: "tableAssignment",
    marker: "none",
    exists: false,
    values: [{ row: 0, col: 0, values }],
    formats: [{ range: { row: 0, col: 0, rows: 1, cols: values[0].length }, bold: true, fill: "#DDEBF7" }],
    columnWidths: [{ col: 3, width: 12 }],
    freeze: { rows: 1, cols: 0 },
    activate: true,
    ...extra,
  };
}

describe("office gateway apply: requests", () => {
  it("writes a 10,000-row × 12-column output in exactly one sync, the plan's single chunk", async () => {
    const values = outputRows(10_000);
    const plan: WritePlan = { sheets: [outputSheet("桌次安排", values)] };
    const expected = planChunks(plan).chunks.length;
    expect(expected).toBe(chunkPlan(plan).length);
    expect(expected).toBe(1);

    const { fake, gateway } = fakeGateway();
    const progress: ApplyProgress[] = [];
    const report = await gateway.apply(plan, (p) => progress.push(p));
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.failedSyncs).toBe(0);
    expect(report).toEqual({ requests: 1, sheets: ["桌次安排"] });
    expect(progress).toEqual([{ done: 1, total: 1 }]);
    expect(fake.stats.requestBytes[0]).toBeLessThan(MAX_REQUEST_BYTES);

    const snap = await gateway.read(["桌次安排"]);
    expect(gridDifference(snap.sheets[0].values, values)).toBeUndefined();
  });

  it("splits a 60,000-row output into several syncs, exactly one per chunk, each request under 5 MB", async () => {
    const values = outputRows(60_000);
    const plan: WritePlan = { sheets: [outputSheet("桌次安排", values)] };
    const { chunks } = planChunks(plan);
    const expected = chunks.length;
    expect(expected).toBeGreaterThan(1);
    expect(expected).toBe(chunkPlan(plan).length);

    const { fake, gateway } = fakeGateway();
    const progress: ApplyProgress[] = [];
    const report = await gateway.apply(plan, (p) => progress.push(p));
    expect(fake.stats.syncs).toBe(expected);
    expect(fake.stats.failedSyncs).toBe(0);
    expect(report.requests).toBe(expected);
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
    expect(progress.every((p) => p.total === expected)).toBe(true);
    for (const bytes of fake.stats.requestBytes) expect(bytes).toBeLessThan(MAX_REQUEST_BYTES);
    // The chunker's estimate covers what the request really carried.
    chunks.forEach((c, i) => expect(c.bytes).toBeGreaterThanOrEqual(fake.stats.requestBytes[i]));

    const snap = await gateway.read(["桌次安排"]);
    expect(gridDifference(snap.sheets[0].values, values)).toBeUndefined();
    expect(fake.activeSheetName()).toBe("桌次安排");
  });

  it("planned as one oversized request, is refused, then halved until Excel takes every part", async () => {
    const values = outputRows(60_000);
    const { fake, gateway } = fakeGateway(undefined, { budgetBytes: 64 * 1024 * 1024 });
    await gateway.apply({ sheets: [outputSheet("S", values)] });
    expect(fake.stats.errors[0]).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.stats.failedSyncs).toBeGreaterThan(0);
    expect(fake.cell("S", "A1")).toMatchObject({ value: values[0][0] });
    expect(fake.cell("S", "A60000")).toMatchObject({ value: values[59_999][0] });
  });

  it("pauses screen updating for every chunk where ExcelApi 1.9 is there, and not at all on a 1.8 host", async () => {
    const values = outputRows(20_000);
    const plan: WritePlan = { sheets: [outputSheet("S", values)] };
    const chunks = planChunks(plan, 1024 * 1024).chunks.length;
    expect(chunks).toBeGreaterThan(1);

    const modern = fakeGateway(undefined, { budgetBytes: 1024 * 1024 });
    await modern.gateway.apply(plan);
    expect(modern.fake.stats.screenUpdatingSuspensions).toBe(chunks);
    expect(modern.fake.stats.syncs).toBe(chunks);

    const old = fakeGateway(undefined, { apiMinor: 8, budgetBytes: 1024 * 1024 });
    await old.gateway.apply(plan);
    expect(old.fake.stats.screenUpdatingSuspensions).toBe(0);
    expect(old.fake.stats.syncs).toBe(chunks);
    expect(old.fake.stats.failedSyncs).toBe(0);
  });

  it("replaces existing sheets and adds new ones in one request: no request of its own to look at the workbook first", async () => {
    const { fake, gateway } = fakeGateway({
      sheets: [{ name: "Issues", rows: [["old"]] }],
      names: [{ name: "HuiwuOwned_issues", formula: "=Issues!$A$1" }],
    });
    await gateway.apply({
      sheets: [
        outputSheet("Issues", [["a"]], { owner: "issues", exists: true, marker: "current" }),
        outputSheet("B", [["b"]], { owner: "checklist" }),
      ],
    });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.cell("Issues", "A1")).toMatchObject({ value: "a" });
    expect(fake.cell("B", "A1")).toMatchObject({ value: "b" });
  });

  it("does nothing at all for an empty plan", async () => {
    const { fake, gateway } = fakeGateway();
    expect(await gateway.apply({ sheets: [] })).toEqual({ requests: 0, sheets: [] });
    expect(fake.stats.syncs).toBe(0);
  });
});

describe("office gateway apply: what lands in the workbook", () => {
  it("adds the ownership marker pointing at the new sheet's A1", async () => {
    const { fake, gateway } = fakeGateway();
    await gateway.apply({ sheets: [outputSheet("检查结果", [["x"]], { owner: "issues" })] });
    // Its comment is the stamp of what A1 holds: what tells Huiwu's sheet from one a name was pointed at.
    expect(fake.inspect().names).toEqual([
      { name: "HuiwuOwned_issues", formula: "='检查结果'!$A$1", comment: ownershipStamp("issues", "x") },
    ]);
    const snap = await gateway.read([]);
    expect(snap.owned).toEqual([{ kind: "issues", name: "检查结果", stamp: ownershipStamp("issues", "x"), a1: "x" }]);
  });

  it("replaces a stale marker, and renews a current one's stamp where it stands", async () => {
    const { fake, gateway } = fakeGateway({
      sheets: [
        { name: "Checklist", rows: [["old"]] },
        { name: "Input", rows: [["keep"]] },
      ],
      names: [
        { name: "HuiwuOwned_issues", formula: "=#REF!$A$1" },
        { name: "HuiwuOwned_checklist", formula: "=Checklist!$A$1" },
      ],
    });
    await gateway.apply({
      sheets: [
        outputSheet("Issues", [["new"]], { owner: "issues", marker: "stale", activate: false }),
        outputSheet("Checklist", [["fresh"]], { owner: "checklist", marker: "current", exists: true }),
      ],
    });
    const wb = fake.inspect();
    expect(wb.names).toEqual(
      expect.arrayContaining([
        { name: "HuiwuOwned_issues", formula: "=Issues!$A$1", comment: ownershipStamp("issues", "new") },
        { name: "HuiwuOwned_checklist", formula: "=Checklist!$A$1", comment: ownershipStamp("checklist", "fresh") },
      ]),
    );
    expect(wb.names).toHaveLength(2);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Checklist", "Input", "Issues"]);
    expect(wb.sheets[1].cells).toEqual({ A1: { value: "keep" } });
  });

  it("clears a replaced sheet first: old values, formats, links, validation, tables and frozen panes go", async () => {
    const { fake, gateway } = fakeGateway();
    const old = outputSheet(
      "Out",
      [
        ["h1", "h2", "h3"],
        [1, 2, 3],
        [4, 5, 6],
      ],
      {
        tables: [{ name: "T_Out", range: { row: 0, col: 0, rows: 3, cols: 3 }, style: "TableStyleLight9" }],
        links: [{ row: 5, col: 5, sheet: "Out", cell: "A1", text: "top" }],
        validations: [{ range: { row: 1, col: 0, rows: 2, cols: 1 }, list: ["是", "否"], strict: true }],
        formats: [{ range: { row: 8, col: 0, rows: 1, cols: 1 }, fill: "#FF0000" }],
        freeze: { rows: 1, cols: 1 },
      },
    );
    await gateway.apply({ sheets: [old] });
    expect(fake.inspect().sheets[1].tables).toEqual([{ name: "T_Out", range: "A1:C3" }]);
    await gateway.apply({
      sheets: [outputSheet("Out", [["only"]], { exists: true, marker: "current", formats: [], columnWidths: [], freeze: undefined })],
    });
    const out = fake.inspect().sheets.find((s) => s.name === "Out")!;
    expect(out.cells).toEqual({ A1: { value: "only" } });
    expect(out.tables).toEqual([]);
    expect(out.frozenRows).toBe(0);
  });

  it("writes formats, widths, lists, links, tables, freeze panes and activation", async () => {
    const { fake, gateway } = fakeGateway({ sheets: [{ name: "参会人员", rows: [["姓名"], ["张伟"]] }] });
    const values: CellValue[][] = [
      ["姓名", "日期", "状态", "链接"],
      ["张伟", 46162, "已确认", ""],
      ["李娜", 46163, "待确认", ""],
    ];
    await gateway.apply({
      sheets: [
        outputSheet("检查结果", values, {
          owner: "issues",
          formats: [
            { range: { row: 0, col: 0, rows: 1, cols: 4 }, bold: true, fill: "#ddebf7", horizontal: "center", border: true },
            {
              range: { row: 1, col: 1, rows: 2, cols: 1 },
              numberFormat: "yyyy-mm-dd",
              italic: true,
              fontColor: "#C00000",
              fontSize: 10,
              wrap: true,
              vertical: "top",
            },
          ],
          columnWidths: [
            { col: 0, width: 10 },
            { col: 1, width: 14.5 },
          ],
          validations: [{ range: { row: 1, col: 2, rows: 2, cols: 1 }, list: ["已确认", "待确认", "请假", "取消"], strict: true }],
          links: [{ row: 1, col: 3, sheet: "参会人员", cell: "A2", text: "参会人员!A2" }],
          tables: [{ name: "T_Issues", range: { row: 0, col: 0, rows: 3, cols: 4 }, style: "TableStyleMedium2" }],
          freeze: { rows: 1, cols: 1 },
        }),
      ],
    });
    const wb = fake.inspect();
    const s = wb.sheets.find((x) => x.name === "检查结果")!;
    expect(s.cells.A1).toMatchObject({ value: "姓名", bold: true, fill: "#DDEBF7" });
    expect(s.cells.B2).toMatchObject({ value: 46162, numberFormat: "yyyy-mm-dd" });
    expect(s.cells.C2.validationList).toEqual(["已确认", "待确认", "请假", "取消"]);
    expect(s.cells.C3.validationList).toEqual(["已确认", "待确认", "请假", "取消"]);
    expect(s.cells.D2).toMatchObject({ value: "参会人员!A2", link: "'参会人员'!A2" });
    expect(s.tables).toEqual([{ name: "T_Issues", range: "A1:D3" }]);
    expect(s.frozenRows).toBe(1);
    expect(Math.abs(s.columnWidths[0] - 10)).toBeLessThanOrEqual(1);
    expect(Math.abs(s.columnWidths[1] - 14.5)).toBeLessThanOrEqual(1);
    expect(wb.activeSheet).toBe("检查结果");

    const a1 = fake.cell("检查结果", "A1")!;
    expect(a1).toMatchObject({ horizontal: "Center", borders: ["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop", "InsideVertical"] });
    expect(fake.cell("检查结果", "B2")).toMatchObject({ italic: true, fontColor: "#C00000", fontSize: 10, wrap: true, vertical: "Top" });
    expect(fake.cell("检查结果", "C2")!.validation).toMatchObject({ alertStyle: "Stop", showAlert: true });
    expect(fake.sheet("检查结果")!.freeze).toEqual({ rows: 1, cols: 1 });
  });

  it("sets a run of equally tall rows as one range: 300 rows at two heights cost two operations", async () => {
    const values = outputRows(300);
    const rowHeights = Array.from({ length: 300 }, (_, row) => ({ row, height: row === 0 ? 40 : 20 }));
    const plan: WritePlan = { sheets: [outputSheet("桌次安排", values, { rowHeights })] };
    const ops = planChunks(plan).chunks.flatMap((c) => c.ops);
    expect(ops.filter((o) => o.kind === "rowHeight")).toEqual([
      { kind: "rowHeight", sheet: "桌次安排", row: 0, rows: 1, height: 40 },
      { kind: "rowHeight", sheet: "桌次安排", row: 1, rows: 299, height: 20 },
    ]);
    const { fake, gateway } = fakeGateway();
    await gateway.apply(plan);
    const heights = fake.sheet("桌次安排")!.rowHeights;
    expect(heights.size).toBe(300);
    expect(heights.get(0)).toBe(40);
    expect(heights.get(299)).toBe(20);
    expect(heights.has(300)).toBe(false);
  });

  it("puts a list too long for Excel's 255 characters into a hidden helper column the validation points at", async () => {
    const rooms = Array.from({ length: 120 }, (_, i) => `${1000 + i}室`);
    const withComma = ["北京, 海淀", "上海"];
    const { fake, gateway } = fakeGateway();
    await gateway.apply({
      sheets: [
        outputSheet(
          "住宿分配",
          [
            ["姓名", "房号", "城市"],
            ["张伟", "", ""],
          ],
          {
            owner: "roomAllocation",
            columnWidths: [],
            validations: [
              { range: { row: 1, col: 1, rows: 1, cols: 1 }, list: rooms, strict: false },
              { range: { row: 1, col: 2, rows: 1, cols: 1 }, list: withComma, strict: true },
            ],
          },
        ),
      ],
    });
    const s = fake.inspect().sheets.find((x) => x.name === "住宿分配")!;
    expect(s.cells.B2.validationList).toEqual(rooms);
    expect(s.cells.C2.validationList).toEqual(withComma);
    const sheet = fake.sheet("住宿分配")!;
    // Helper columns sit one blank column right of the content (content ends at C) and are hidden.
    expect([...sheet.hiddenColumns].sort()).toEqual([4, 5]);
    expect(fake.cell("住宿分配", "B2")!.validation).toMatchObject({ source: "=$E$2:$E$121", alertStyle: "Warning" });
    expect(fake.cell("住宿分配", "E2")).toMatchObject({ type: "String", value: "1000室" });
  });

  it("writes formula blocks as formulas", async () => {
    const { fake, gateway } = fakeGateway();
    await gateway.apply({
      sheets: [{ ...outputSheet("预算审核", [[1], [2]]), formulas: [{ row: 2, col: 0, formulas: [["=SUM(A1:A2)"], ["=1+1"]] }] }],
    });
    expect(fake.cell("预算审核", "A3")!.formula).toBe("=SUM(A1:A2)");
    expect(fake.cell("预算审核", "A4")).toMatchObject({ formula: "=1+1", value: 2 });
  });
});

describe("office gateway apply: failures", () => {
  it("refuses, before any request, a plan that would create a sheet its read found", async () => {
    const { fake, gateway } = fakeGateway({ sheets: [{ name: "参会人员", rows: [["x"]] }] });
    const before = fake.inspect();
    const failure = (await gateway
      .apply({ sheets: [{ name: "参会人员", mode: "create", exists: true, values: [{ row: 0, col: 0, values: [["姓名"]] }] }] })
      .catch((e: unknown) => e)) as OfficeRequestError;
    expect(failure).toBeInstanceOf(OfficeRequestError);
    expect(failure.code).toBe("ItemAlreadyExists");
    expect(failure.message).toMatch(/“参会人员” already exists.*Nothing was changed/);
    expect(failure.messageZh).toMatch(/“参会人员”.*未做任何更改/);
    expect(fake.inspect()).toEqual(before);
    expect(fake.stats.syncs).toBe(0);
  });

  it("maps an Office failure in the middle of a write to a bilingual error without Office's text", async () => {
    const { gateway } = fakeGateway();
    const failure = (await gateway
      .apply({ sheets: [outputSheet("S", [["x"]], { tables: [{ name: "1 bad name", range: { row: 0, col: 0, rows: 1, cols: 1 } }] })] })
      .catch((e: unknown) => e)) as OfficeRequestError;
    expect(failure).toBeInstanceOf(OfficeRequestError);
    expect(failure.code).toBe("InvalidArgument");
    expect(failure.message).toBe("Could not write to the workbook: Excel rejected a value or setting the add-in tried to write.");
    expect(failure.messageZh).toBe("无法写入工作簿：Excel 拒绝了加载项要写入的某个值或设置。");
  });

  it("reports a read failure the same way", async () => {
    const { fake, gateway } = fakeGateway();
    fake.limits.payloadLimit = 10; // nothing fits, not even the dimensions
    const failure = (await gateway.read(["Sheet1"]).catch((e: unknown) => e)) as OfficeRequestError;
    expect(failure).toBeInstanceOf(OfficeRequestError);
    expect(failure.code).toMatch(/PayloadSizeLimitExceeded$/);
    expect(failure.messageZh).toMatch(/^无法读取工作簿/);
  });
});
