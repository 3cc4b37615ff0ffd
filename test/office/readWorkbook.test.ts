import { OfficeRequestError } from "../../src/office/errors";
import type { CellValue } from "../../src/core/cellValue";
import { MAX_REQUEST_BYTES } from "../../src/workbook/chunk";
import { conference } from "./conference";
import { fakeGateway } from "./fakeGateway";
import { gridDifference } from "./grids";

describe("office gateway read", () => {
  it("reads the five input sheets of a 10,000-attendee workbook in exactly one sync", async () => {
    const { fixture } = conference(10_000);
    const inputSheets = fixture.sheets.map((s) => s.name);
    const { fake, gateway } = fakeGateway(fixture);
    const snap = await gateway.read(inputSheets);
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.runs).toBe(1);
    expect(snap.sheetNames).toEqual(["会议信息", "参会人员", "预算", "任务", "酒店"]);
    expect(snap.sheets.map((s) => s.name)).toEqual(inputSheets);
    const roster = snap.sheets[1];
    expect(roster.values.length).toBeGreaterThanOrEqual(10_001);
    // Phones and ID numbers stored as text come back as text.
    const phone = roster.values[0].indexOf("电话");
    const idNumber = roster.values[0].indexOf("身份证号");
    expect(roster.values.slice(1).every((r) => typeof r[phone] === "string" && typeof r[idNumber] === "string")).toBe(true);
    for (let i = 0; i < fixture.sheets.length; i++) expect(gridDifference(snap.sheets[i].values, fixture.sheets[i].rows)).toBeUndefined();
  });

  it("leaves out sheets that do not exist and still uses one sync", async () => {
    const { fake, gateway } = fakeGateway({
      sheets: [
        { name: "Roster", rows: [["Name"], ["Ann"]] },
        { name: "Blank", rows: [] },
      ],
    });
    const snap = await gateway.read(["参会人员", "roster", "Blank", "ROSTER"]);
    expect(fake.stats.syncs).toBe(1);
    expect(snap.sheets).toEqual([
      { name: "Roster", top: 0, left: 0, values: [["Name"], ["Ann"]] },
      { name: "Blank", top: 0, left: 0, values: [] },
    ]);
  });

  it("still reads, with two more syncs, on a host that refuses the used range of a missing sheet", async () => {
    const fixture = {
      sheets: [
        { name: "Roster", rows: [["Name"], ["Ann"]] },
        { name: "Blank", rows: [] },
      ],
    };
    const { fake, gateway } = fakeGateway(fixture, { nullPropagates: false });
    const snap = await gateway.read(["参会人员", "Roster", "Blank"]);
    expect(snap.sheets).toEqual([
      { name: "Roster", top: 0, left: 0, values: [["Name"], ["Ann"]] },
      { name: "Blank", top: 0, left: 0, values: [] },
    ]);
    expect(fake.stats.errors).toEqual(["InvalidObjectPath"]);
    expect(fake.stats.syncs).toBe(3);
    // The markers are probed through null objects too, so that host always takes the longer way;
    // it still follows a marker that points at a sheet to the cell it marks.
    const marked = fakeGateway(
      { ...fixture, names: [{ name: "HuiwuOwned_issues", formula: "='Roster'!$A$1", comment: "Huiwu issues 1" }] },
      { nullPropagates: false },
    );
    const again = await marked.gateway.read(["Roster", "Blank"]);
    expect(marked.fake.stats.syncs).toBe(3);
    expect(again.owned).toEqual([{ kind: "issues", name: "Roster", stamp: "Huiwu issues 1", a1: "Name" }]);
  });

  it("reports where the used range starts, and passes values through as Excel gives them", async () => {
    const rows: CellValue[][] = [[], [], ["", "", "姓名", "到达", "VIP", "状态"], ["", "", "张伟", 46162.5, true, "#N/A"]];
    const { gateway } = fakeGateway({ sheets: [{ name: "S", rows }] });
    const snap = await gateway.read(["S"]);
    expect(snap.sheets[0]).toEqual({
      name: "S",
      top: 2,
      left: 2,
      values: [
        ["姓名", "到达", "VIP", "状态"],
        ["张伟", 46162.5, true, "#N/A"],
      ],
    });
  });

  it("gives formula results, not formulas", async () => {
    const { gateway } = fakeGateway({ sheets: [{ name: "S", rows: [[1], [2]], formulas: { A3: { formula: "=SUM(A1:A2)", result: 3 } } }] });
    const snap = await gateway.read(["S"]);
    expect(snap.sheets[0].values).toEqual([[1], [2], [3]]);
  });

  it("reports ownership markers, current and stale", async () => {
    const { gateway } = fakeGateway({
      sheets: [
        { name: "检查结果", rows: [["x"]] },
        { name: "Input", rows: [["y"]] },
      ],
      names: [
        { name: "HuiwuOwned_issues", formula: "='检查结果'!$A$1" },
        { name: "HuiwuOwned_checklist", formula: "=#REF!$A$1" },
        { name: "HuiwuOwned_minutes", formula: "='Gone sheet'!$A$1" },
        { name: "SomethingElse", formula: "=Input!$A$1" },
      ],
    });
    const snap = await gateway.read([]);
    expect(snap.sheets).toEqual([]);
    expect(snap.owned).toEqual([
      // What the marked cell holds, in the same one request, to be checked against the marker's stamp.
      { kind: "issues", name: "检查结果", stamp: "", a1: "x" },
      { kind: "checklist", name: null, stamp: "" },
      { kind: "minutes", name: null, stamp: "" },
    ]);
    expect(snap.owned.length).toBe(3);
  });

  it("falls back to row blocks when the values pass 5 MB, with the same values and a bounded number of syncs", async () => {
    const { fixture } = conference(25_000, 7);
    const { fake, gateway } = fakeGateway(fixture);
    const snap = await gateway.read(fixture.sheets.map((s) => s.name));
    for (let i = 0; i < fixture.sheets.length; i++) expect(gridDifference(snap.sheets[i].values, fixture.sheets[i].rows)).toBeUndefined();

    const totalBytes = Buffer.byteLength(JSON.stringify(fixture.sheets.map((s) => s.rows)));
    expect(totalBytes).toBeGreaterThan(MAX_REQUEST_BYTES);
    // One refused attempt, one for dimensions, then blocks of at least half the budget on average.
    expect(fake.stats.errors).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    expect(fake.stats.syncs).toBeGreaterThanOrEqual(4);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(totalBytes / (2 * 1024 * 1024)));
    for (const bytes of fake.stats.responseBytes.slice(1)) expect(bytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  it("halves the blocks when a block is still refused, and still never reads row by row", async () => {
    // Long cells defeat the first estimate of bytes per cell.
    const long = "会".repeat(400);
    const rows: CellValue[][] = Array.from({ length: 6000 }, (_, i) => [i, long, long]);
    const { fake, gateway } = fakeGateway({ sheets: [{ name: "Long", rows }] });
    const snap = await gateway.read(["Long"]);
    expect(gridDifference(snap.sheets[0].values, rows)).toBeUndefined();
    expect(fake.stats.errors.every((e) => e === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(fake.stats.failedSyncs).toBeGreaterThanOrEqual(2);
    const totalBytes = Buffer.byteLength(JSON.stringify(rows));
    expect(fake.stats.syncs - fake.stats.failedSyncs).toBeLessThanOrEqual(1 + Math.ceil(totalBytes / (2 * 1024 * 1024)));
  });
});

describe("office gateway read: a value typed far from the list", () => {
  const list = [
    ["姓名", "单位"],
    ["张伟", "市财政局"],
  ];

  it("in row 1,048,576: Excel withholds the values of so large a range, so the sheet is read in blocks", async () => {
    const { fake, gateway } = fakeGateway({ sheets: [{ name: "参会人员", rows: list }] });
    fake.state.cell(fake.state.findSheet("参会人员")!, 1_048_575, 1).value = "x";
    const snap = await gateway.read(["参会人员"]);
    const sheet = snap.sheets[0];
    expect(sheet.values.slice(0, 2)).toEqual(list);
    expect(sheet.values).toHaveLength(1_048_576);
    expect(sheet.values.at(-1)).toEqual(["", "x"]);
  }, 60_000);

  it("in column XFD too: refused with the range to clear, in both languages, never a hang", async () => {
    const { fake, gateway } = fakeGateway({ sheets: [{ name: "参会人员", rows: list }] });
    fake.state.cell(fake.state.findSheet("参会人员")!, 1_048_575, 16_383).value = "x";
    const e = (await gateway.read(["参会人员"]).then(
      () => undefined,
      (err: unknown) => err,
    )) as OfficeRequestError;
    expect(e).toBeInstanceOf(OfficeRequestError);
    expect(e.message).toContain('Sheet "参会人员" has data across A1:XFD1048576');
    expect(e.messageZh).toContain("工作表“参会人员”的数据范围为 A1:XFD1048576");
  });
});
