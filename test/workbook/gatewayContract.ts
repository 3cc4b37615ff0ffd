import type { SheetWrite, WritePlan } from "../../src/core/plan/writePlan";
import type { SheetSnapshot } from "../../src/workbook/gateway";
import { markerName, ownershipStamp, sheetFromMarkerFormula } from "../../src/workbook/ownership";
import type { FixtureWorkbook, InspectedSheet, InspectedWorkbook, MakeHarness } from "./gatewayHarness";

/**
 * The behaviour every WorkbookGateway adapter must share, written from what Excel does.
 * Each adapter's test file calls runGatewayContract with a harness that seeds the fixture
 * and can inspect the stored workbook independently of the gateway's own read().
 */

const FIXTURE: FixtureWorkbook = {
  sheets: [
    {
      name: "Roster",
      rows: [
        ["Name", "Phone", "Arrival", "Arrival time", "VIP", "Seats", "Double"],
        ["Zhang San", "13800138000", 46096, 46096.5, true, 2],
        ["Li Si", "0012", 46097, 46097.75, false, 3.5],
        [],
        ["Wang Wu", "", "", "", "", 1],
      ],
      formulas: {
        G2: { formula: "=F2*2", result: 4 },
        G3: { formula: "=F3*2", result: 7 },
        G5: { formula: "=NA()", result: "#N/A" },
      },
      numberFormats: { C2: "yyyy-mm-dd", C3: "yyyy-mm-dd", D2: "yyyy-mm-dd hh:mm", D3: "yyyy-mm-dd hh:mm" },
    },
    {
      name: "Issues",
      rows: [
        ["Sheet", "Cell", "Message"],
        ["Roster", "B3", "old finding"],
        ["", "", "", "", "stray"],
      ],
    },
    {
      name: "Offset",
      rows: [[], [], ["", "", "Item", "Qty"], ["", "", "Pens", 12]],
    },
    { name: "Blank", rows: [] },
  ],
  names: [
    { name: markerName("issues"), formula: "='Issues'!$A$1", comment: ownershipStamp("issues", "Sheet") },
    { name: markerName("checklist"), formula: "=#REF!$A$1" },
    { name: "Budget_Total", formula: "=Roster!$F$2" },
  ],
};

const TAB_ORDER = ["Roster", "Issues", "Offset", "Blank"];

function sheetWrite(name: string, mode: SheetWrite["mode"], exists: boolean, rest: Partial<SheetWrite> = {}): SheetWrite {
  return { name, mode, exists, values: [], ...rest };
}

function plan(...sheets: SheetWrite[]): WritePlan {
  return { sheets };
}

function sheetOf(book: InspectedWorkbook, name: string): InspectedSheet {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${book.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

/** "'My sheet'!A1" and "My sheet!A1" are the same place. */
function place(link: string | undefined): string | undefined {
  if (link === undefined) return undefined;
  const m = /^'((?:[^']|'')+)'!(.*)$/.exec(link.replace(/^#/, ""));
  return m ? `${m[1].replace(/''/g, "'")}!${m[2].replace(/\$/g, "")}` : link.replace(/^#/, "").replace(/\$/g, "");
}

function snapshotOf(sheets: SheetSnapshot[], name: string): SheetSnapshot {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`sheet ${name} not read`);
  return s;
}

/** A sheet with a bit of everything, for the replace / idempotence tests. */
function richIssuesWrite(): SheetWrite {
  return sheetWrite("Issues", "replace", true, {
    owner: "issues",
    marker: "current",
    values: [
      {
        row: 0,
        col: 0,
        values: [
          ["Sheet", "Cell", "Message", "Status"],
          ["Roster", "B2", "Phone looks short", ""],
          ["Roster", "C3", "Date missing", ""],
        ],
      },
      { row: 6, col: 5, values: [["note"]] },
    ],
    formulas: [{ row: 4, col: 0, formulas: [["=COUNTA(A2:A3)"]] }],
    formats: [{ range: { row: 0, col: 0, rows: 1, cols: 4 }, bold: true, fill: "#FFE699" }],
    columnWidths: [{ col: 2, width: 30 }],
    rowHeights: [
      { row: 0, height: 30 },
      { row: 6, height: 45 },
    ],
    validations: [{ range: { row: 1, col: 3, rows: 2, cols: 1 }, list: ["Open", "Fixed"], strict: true }],
    links: [{ row: 1, col: 1, sheet: "Roster", cell: "B2", text: "B2" }],
    tables: [{ name: "IssueList", range: { row: 0, col: 0, rows: 3, cols: 4 } }],
    freeze: { rows: 1, cols: 0 },
    activate: true,
  });
}

export function runGatewayContract(label: string, make: MakeHarness): void {
  describe(`${label}: gateway contract`, () => {
    describe("read", () => {
      it("lists every worksheet in tab order and returns only the requested sheets that exist", async () => {
        const { gateway } = await make(FIXTURE);
        const snap = await gateway.read(["Issues", "No such sheet", "Roster"]);
        expect(snap.sheetNames).toEqual(TAB_ORDER);
        expect(snap.sheets.map((s) => s.name).sort()).toEqual(["Issues", "Roster"]);
      });

      it("gives the used range from its first non-empty cell", async () => {
        const { gateway } = await make(FIXTURE);
        const offset = snapshotOf((await gateway.read(["Offset"])).sheets, "Offset");
        expect(offset.top).toBe(2);
        expect(offset.left).toBe(2);
        expect(offset.values).toEqual([
          ["Item", "Qty"],
          ["Pens", 12],
        ]);
      });

      it("reads values as Excel shows them: text, numbers, booleans, dates as serials, formula results, errors", async () => {
        const { gateway } = await make(FIXTURE);
        const roster = snapshotOf((await gateway.read(["Roster"])).sheets, "Roster");
        expect(roster.top).toBe(0);
        expect(roster.left).toBe(0);
        expect(roster.values).toHaveLength(5);
        expect(roster.values.every((row) => row.length === 7)).toBe(true);
        const [header, zhang, li, gap, wang] = roster.values;
        expect(header).toEqual(["Name", "Phone", "Arrival", "Arrival time", "VIP", "Seats", "Double"]);
        expect(zhang.slice(0, 3)).toEqual(["Zhang San", "13800138000", 46096]);
        expect(zhang[3]).toBeCloseTo(46096.5, 9);
        expect(zhang.slice(4)).toEqual([true, 2, 4]);
        expect(li.slice(0, 3)).toEqual(["Li Si", "0012", 46097]);
        expect(li[3]).toBeCloseTo(46097.75, 9);
        expect(li.slice(4)).toEqual([false, 3.5, 7]);
        expect(gap).toEqual(["", "", "", "", "", "", ""]);
        expect(wang).toEqual(["Wang Wu", "", "", "", "", 1, "#N/A"]);
      });

      it("gives the formulas of the sheets asked for with keepWork, and of no other", async () => {
        const { gateway } = await make(FIXTURE);
        const snap = await gateway.read(["Roster", "Offset"], { keepWork: ["roster"] });
        expect(snapshotOf(snap.sheets, "Roster").work).toEqual([
          { row: 1, col: 6, formula: "=F2*2" },
          { row: 2, col: 6, formula: "=F3*2" },
          { row: 4, col: 6, formula: "=NA()" },
        ]);
        expect(snapshotOf(snap.sheets, "Offset").work).toBeUndefined();
        expect(snapshotOf((await gateway.read(["Roster"])).sheets, "Roster").work).toBeUndefined();
      });

      it("gives the links a planner inserted on the sheets asked for with keepWork", async () => {
        const { gateway } = await make({
          sheets: [
            { name: "Roster", rows: [["Name"]] },
            {
              name: "Checklist",
              rows: [
                ["Step", "See"],
                ["Book the hall", "the roster"],
                ["Call the hotel", "its site"],
              ],
              links: { B2: { location: "'Roster'!A1" }, B3: { address: "https://example.com/hotel" } },
            },
          ],
        });
        const snap = await gateway.read(["Checklist", "Roster"], { keepWork: ["Checklist"] });
        expect(snapshotOf(snap.sheets, "Checklist").work).toEqual([
          { row: 1, col: 1, location: "'Roster'!A1" },
          { row: 2, col: 1, address: "https://example.com/hotel" },
        ]);
        expect(snapshotOf(snap.sheets, "Checklist").values[1]).toEqual(["Book the hall", "the roster"]);
      });

      it("gives an empty sheet no values", async () => {
        const { gateway } = await make(FIXTURE);
        const blank = snapshotOf((await gateway.read(["Blank"])).sheets, "Blank");
        expect(blank.values).toEqual([]);
      });

      it("reports ownership markers, a stale one (its sheet deleted) with no sheet", async () => {
        const { gateway } = await make(FIXTURE);
        const { owned } = await gateway.read([]);
        expect([...owned].sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
          { kind: "checklist", name: null, stamp: "" },
          // The stamp, and what the marked cell holds now: the two must match for the sheet to count as Huiwu's.
          { kind: "issues", name: "Issues", stamp: ownershipStamp("issues", "Sheet"), a1: "Sheet" },
        ]);
      });
    });

    describe("apply", () => {
      it("writes value blocks at their offsets", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(
          plan(
            sheetWrite("Out", "create", false, {
              values: [
                {
                  row: 2,
                  col: 1,
                  values: [
                    ["a", 1],
                    [true, ""],
                  ],
                },
                { row: 0, col: 4, values: [["x"]] },
              ],
            }),
          ),
        );
        const book = await h.inspect();
        expect(book.sheets.map((s) => s.name)).toEqual([...TAB_ORDER, "Out"]);
        const cells = sheetOf(book, "Out").cells;
        expect(cells.B3?.value).toBe("a");
        expect(cells.C3?.value).toBe(1);
        expect(cells.B4?.value).toBe(true);
        expect(cells.E1?.value).toBe("x");
        expect(cells.C4).toBeUndefined();
        const out = snapshotOf((await h.gateway.read(["Out"])).sheets, "Out");
        expect([out.top, out.left]).toEqual([0, 1]);
        expect(out.values[2].slice(0, 2)).toEqual(["a", 1]);
      });

      it("keeps text that looks like a formula, a number, a date or a boolean as text", async () => {
        const texts = ["=1+1", "0012", "13800138000", "2026-03-15", "TRUE", "@x", "+86 138", "-5", "1e3", '=HYPERLINK("http://x")'];
        const h = await make(FIXTURE);
        await h.gateway.apply(plan(sheetWrite("Texts", "create", false, { values: [{ row: 0, col: 0, values: texts.map((t) => [t]) }] })));
        const cells = sheetOf(await h.inspect(), "Texts").cells;
        texts.forEach((t, i) => {
          expect(cells[`A${i + 1}`]?.value).toBe(t);
          expect(cells[`A${i + 1}`]?.formula).toBeUndefined();
        });
        const read = snapshotOf((await h.gateway.read(["Texts"])).sheets, "Texts");
        expect(read.values.map((r) => r[0])).toEqual(texts);
      });

      it("stores formulas as formulas", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(
          plan(
            sheetWrite("Sums", "create", false, {
              values: [{ row: 0, col: 0, values: [[1], [2], [3]] }],
              formulas: [
                { row: 3, col: 0, formulas: [["=SUM(A1:A3)"]] },
                { row: 0, col: 1, formulas: [["=Roster!F2*2"]] },
              ],
            }),
          ),
        );
        const cells = sheetOf(await h.inspect(), "Sums").cells;
        expect(cells.A4?.formula).toBe("=SUM(A1:A3)");
        expect(cells.B1?.formula).toBe("=Roster!F2*2");
        expect(cells.A1?.formula).toBeUndefined();
      });

      it("applies number formats, bold and fills; a date keeps its serial", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(
          plan(
            sheetWrite("Formats", "create", false, {
              values: [
                {
                  row: 0,
                  col: 0,
                  values: [
                    ["Day", "Cost"],
                    [46096, 1234.5],
                  ],
                },
              ],
              formats: [
                { range: { row: 0, col: 0, rows: 1, cols: 2 }, bold: true, fill: "#FFE699" },
                { range: { row: 1, col: 0, rows: 1, cols: 1 }, numberFormat: "yyyy-mm-dd" },
                { range: { row: 1, col: 1, rows: 1, cols: 1 }, numberFormat: "#,##0.00" },
              ],
            }),
          ),
        );
        const book = await h.inspect();
        const cells = sheetOf(book, "Formats").cells;
        expect(cells.A1).toMatchObject({ value: "Day", bold: true, fill: "#FFE699" });
        expect(cells.B1).toMatchObject({ bold: true, fill: "#FFE699" });
        expect(cells.A2).toMatchObject({ value: 46096, numberFormat: "yyyy-mm-dd" });
        expect(cells.A2?.bold).toBeFalsy();
        expect(cells.A2?.fill).toBeUndefined();
        expect(cells.B2).toMatchObject({ value: 1234.5, numberFormat: "#,##0.00" });
        const read = snapshotOf((await h.gateway.read(["Formats"])).sheets, "Formats");
        expect(read.values[1]).toEqual([46096, 1234.5]);
      });

      it("sets column widths in characters", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(
          plan(
            sheetWrite("Widths", "create", false, {
              values: [{ row: 0, col: 0, values: [["a", "b", "c"]] }],
              columnWidths: [
                { col: 0, width: 12 },
                { col: 2, width: 40 },
              ],
            }),
          ),
        );
        const widths = sheetOf(await h.inspect(), "Widths").columnWidths;
        expect(Math.abs(widths[0] - 12)).toBeLessThanOrEqual(1);
        expect(Math.abs(widths[2] - 40)).toBeLessThanOrEqual(1);
      });

      it("sets row heights in points, runs of equal rows and single rows alike, and no others", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(
          plan(
            sheetWrite("Heights", "create", false, {
              values: [{ row: 0, col: 0, values: [["title"], ["a"], ["b"], ["c"], ["d"], ["e"]] }],
              rowHeights: [
                { row: 5, height: 22.5 },
                { row: 0, height: 78 },
                { row: 2, height: 40 },
                { row: 3, height: 40 },
                { row: 4, height: 40 },
              ],
            }),
          ),
        );
        const heights = sheetOf(await h.inspect(), "Heights").rowHeights;
        expect(Object.keys(heights).map(Number)).toEqual([0, 2, 3, 4, 5]);
        const expected: Record<number, number> = { 0: 78, 2: 40, 3: 40, 4: 40, 5: 22.5 };
        for (const [row, pt] of Object.entries(expected)) expect(Math.abs(heights[Number(row)] - pt)).toBeLessThanOrEqual(0.5);
      });

      it("rejects a row height Excel cannot take and changes nothing at all", async () => {
        for (const height of [410, 0, -3, Number.NaN]) {
          const h = await make(FIXTURE);
          const before = await h.inspect();
          const doomed = plan(
            sheetWrite("Fresh", "create", false, { values: [{ row: 0, col: 0, values: [["new"]] }] }),
            sheetWrite("Tall", "create", false, { values: [{ row: 0, col: 0, values: [["x"]] }], rowHeights: [{ row: 0, height }] }),
          );
          await expect(h.gateway.apply(doomed)).rejects.toThrow(/409/);
          expect(await h.inspect()).toEqual(before);
        }
      });

      it("adds drop-down lists to exactly the given range", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(
          plan(
            sheetWrite("Lists", "create", false, {
              values: [
                {
                  row: 0,
                  col: 0,
                  values: [
                    ["Name", "Status"],
                    ["A", ""],
                    ["B", ""],
                    ["C", ""],
                    ["D", ""],
                  ],
                },
              ],
              validations: [{ range: { row: 1, col: 1, rows: 3, cols: 1 }, list: ["已确认", "待定", "取消"], strict: true }],
            }),
          ),
        );
        const cells = sheetOf(await h.inspect(), "Lists").cells;
        for (const address of ["B2", "B3", "B4"]) expect(cells[address]?.validationList).toEqual(["已确认", "待定", "取消"]);
        expect(cells.B5?.validationList).toBeUndefined();
        expect(cells.A2?.validationList).toBeUndefined();
      });

      it("adds links to places in the workbook, showing their text", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(
          plan(
            sheetWrite("Links", "create", false, {
              values: [{ row: 0, col: 0, values: [["Where"]] }],
              links: [
                { row: 1, col: 0, sheet: "Roster", cell: "C2", text: "Zhang San's arrival" },
                { row: 2, col: 0, sheet: "Issues", cell: "A1", text: "Issues" },
              ],
            }),
          ),
        );
        const cells = sheetOf(await h.inspect(), "Links").cells;
        expect(cells.A2?.value).toBe("Zhang San's arrival");
        expect(place(cells.A2?.link)).toBe("Roster!C2");
        expect(place(cells.A3?.link)).toBe("Issues!A1");
        expect(cells.A1?.link).toBeUndefined();
        const read = snapshotOf((await h.gateway.read(["Links"])).sheets, "Links");
        expect(read.values.map((r) => r[0])).toEqual(["Where", "Zhang San's arrival", "Issues"]);
      });

      it("adds a link to a web address, showing its text", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(
          plan(
            sheetWrite("Links", "create", false, {
              values: [{ row: 0, col: 0, values: [["Where"]] }],
              links: [{ row: 1, col: 0, sheet: "", cell: "", text: "Venue", address: "https://venue.example.com/" }],
            }),
          ),
        );
        const cells = sheetOf(await h.inspect(), "Links").cells;
        expect(cells.A2?.value).toBe("Venue");
        expect(cells.A2?.address).toBe("https://venue.example.com/");
      });

      it("turns a written range into a table, keeping the header and rows", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(
          plan(
            sheetWrite("Tables", "create", false, {
              values: [
                {
                  row: 1,
                  col: 1,
                  values: [
                    ["Room", "Beds", "Guest"],
                    ["101", 2, "Zhang San"],
                    ["102", 1, ""],
                  ],
                },
              ],
              tables: [{ name: "Rooms", range: { row: 1, col: 1, rows: 3, cols: 3 } }],
            }),
          ),
        );
        const sheet = sheetOf(await h.inspect(), "Tables");
        expect(sheet.tables).toEqual([{ name: "Rooms", range: "B2:D4" }]);
        expect(sheet.cells.B2?.value).toBe("Room");
        expect(sheet.cells.B3?.value).toBe("101");
        expect(sheet.cells.C3?.value).toBe(2);
        const read = snapshotOf((await h.gateway.read(["Tables"])).sheets, "Tables");
        expect(read.values).toEqual([
          ["Room", "Beds", "Guest"],
          ["101", 2, "Zhang San"],
          ["102", 1, ""],
        ]);
      });

      it("freezes the header rows and activates the sheet", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(
          plan(
            sheetWrite("Frozen", "create", false, {
              values: [{ row: 0, col: 0, values: [["h"], [1]] }],
              freeze: { rows: 1, cols: 0 },
              activate: true,
            }),
            sheetWrite("Other", "create", false, { values: [{ row: 0, col: 0, values: [["x"]] }] }),
          ),
        );
        const book = await h.inspect();
        expect(sheetOf(book, "Frozen").frozenRows).toBe(1);
        expect(sheetOf(book, "Other").frozenRows).toBe(0);
        expect(book.activeSheet).toBe("Frozen");
      });

      it("replace clears everything the sheet held before and keeps its tab position", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(plan(richIssuesWrite()));
        let book = await h.inspect();
        let issues = sheetOf(book, "Issues");
        expect(issues.cells.E3).toBeUndefined(); // the fixture's stray cell
        expect(issues.cells.F7?.value).toBe("note");
        expect(issues.cells.A1).toMatchObject({ bold: true, fill: "#FFE699" });
        expect(issues.cells.D2?.validationList).toEqual(["Open", "Fixed"]);
        expect(place(issues.cells.B2?.link)).toBe("Roster!B2");
        expect(issues.tables).toEqual([{ name: "IssueList", range: "A1:D3" }]);
        expect(issues.frozenRows).toBe(1);
        expect(Object.keys(issues.rowHeights).map(Number)).toEqual([0, 6]);
        expect(Math.abs(issues.rowHeights[0] - 30)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(issues.rowHeights[6] - 45)).toBeLessThanOrEqual(0.5);

        await h.gateway.apply(
          plan(
            sheetWrite("Issues", "replace", true, {
              owner: "issues",
              marker: "current",
              values: [
                {
                  row: 0,
                  col: 0,
                  values: [
                    ["Sheet", "Cell"],
                    ["Roster", "B2"],
                  ],
                },
              ],
            }),
          ),
        );
        book = await h.inspect();
        expect(book.sheets.map((s) => s.name)).toEqual(TAB_ORDER);
        issues = sheetOf(book, "Issues");
        expect(issues.cells.A1?.value).toBe("Sheet");
        expect(issues.cells.A1?.bold).toBeFalsy();
        expect(issues.cells.A1?.fill).toBeUndefined();
        expect(issues.cells.B2?.value).toBe("B2");
        expect(issues.cells.B2?.link).toBeUndefined();
        expect(issues.cells.C1).toBeUndefined();
        expect(issues.cells.F7).toBeUndefined();
        expect(issues.cells.A5).toBeUndefined();
        expect(issues.cells.D2).toBeUndefined();
        expect(issues.tables).toEqual([]);
        expect(issues.rowHeights).toEqual({});
        const read = snapshotOf((await h.gateway.read(["Issues"])).sheets, "Issues");
        expect(read.values).toEqual([
          ["Sheet", "Cell"],
          ["Roster", "B2"],
        ]);
      });

      it("replace creates the sheet at the end when it does not exist yet", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(plan(sheetWrite("Checklist", "replace", false, { values: [{ row: 0, col: 0, values: [["Task"]] }] })));
        const snap = await h.gateway.read(["Checklist"]);
        expect(snap.sheetNames).toEqual([...TAB_ORDER, "Checklist"]);
        expect(snapshotOf(snap.sheets, "Checklist").values).toEqual([["Task"]]);
      });

      it("rejects create over an existing sheet and changes nothing at all", async () => {
        const h = await make(FIXTURE);
        const before = await h.inspect();
        const doomed = plan(
          sheetWrite("Fresh", "create", false, { values: [{ row: 0, col: 0, values: [["new"]] }] }),
          sheetWrite("Roster", "create", false, { values: [{ row: 0, col: 0, values: [["overwritten"]] }] }),
        );
        await expect(h.gateway.apply(doomed)).rejects.toThrow();
        expect(await h.inspect()).toEqual(before);
        const snap = await h.gateway.read(["Roster"]);
        expect(snap.sheetNames).toEqual(TAB_ORDER);
        expect(snapshotOf(snap.sheets, "Roster").values[0][0]).toBe("Name");
      });

      it("update writes only the given cells of a planner's sheet, keeping its other values and formulas", async () => {
        const h = await make(FIXTURE);
        const before = sheetOf(await h.inspect(), "Roster");
        const names = { row: 0, col: 0, values: [["Name"], ["Zhang San"], ["Li Si"]] };
        await h.gateway.apply(
          plan(sheetWrite("Roster", "update", true, { values: [{ row: 1, col: 7, values: [[3], [""]] }], expect: [names] })),
        );
        const after = sheetOf(await h.inspect(), "Roster");
        expect(after.cells.H2?.value).toBe(3);
        expect(after.cells.H3?.value).toBeUndefined();
        const { H2: _written, ...rest } = after.cells;
        expect(rest).toEqual(before.cells);
        expect((await h.inspect()).sheets.map((s) => s.name)).toEqual(TAB_ORDER);
      });

      it("writes nothing at all when an expected cell changed since the read, and names the cell", async () => {
        const h = await make(FIXTURE);
        const before = await h.inspect();
        const stale = plan(
          sheetWrite("Fresh", "create", false, { values: [{ row: 0, col: 0, values: [["new"]] }] }),
          sheetWrite("Roster", "update", true, {
            values: [{ row: 1, col: 7, values: [[3], [4]] }],
            // As if a row had been inserted above Li Si after the read.
            expect: [{ row: 1, col: 0, values: [["Zhang San"], ["Wang Wu"]] }],
          }),
        );
        await expect(h.gateway.apply(stale)).rejects.toThrow(/A3|changed/);
        expect(await h.inspect()).toEqual(before);
      });

      it("adds the ownership marker and reads it back", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(
          plan(
            sheetWrite("Budget review", "replace", false, {
              owner: "budgetReview",
              marker: "none",
              values: [{ row: 0, col: 0, values: [["Line"]] }],
            }),
          ),
        );
        const { owned } = await h.gateway.read([]);
        expect(owned).toContainEqual({
          kind: "budgetReview",
          name: "Budget review",
          stamp: ownershipStamp("budgetReview", "Line"),
          a1: "Line",
        });
        const markers = (await h.inspect()).names.filter((n) => n.name.toLowerCase() === markerName("budgetReview").toLowerCase());
        expect(markers).toHaveLength(1);
        expect(sheetFromMarkerFormula(markers[0].formula)).toBe("Budget review");
      });

      it("replaces a stale marker instead of adding a second one", async () => {
        const h = await make(FIXTURE);
        await h.gateway.apply(
          plan(
            sheetWrite("Checklist", "replace", false, {
              owner: "checklist",
              marker: "stale",
              values: [{ row: 0, col: 0, values: [["Task"]] }],
            }),
          ),
        );
        const { owned } = await h.gateway.read([]);
        expect(owned.filter((o) => o.kind === "checklist")).toEqual([
          { kind: "checklist", name: "Checklist", stamp: ownershipStamp("checklist", "Task"), a1: "Task" },
        ]);
        const markers = (await h.inspect()).names.filter((n) => n.name.toLowerCase() === markerName("checklist").toLowerCase());
        expect(markers).toHaveLength(1);
        expect(sheetFromMarkerFormula(markers[0].formula)).toBe("Checklist");
      });

      it("leaves the same workbook when the same plan runs twice", async () => {
        const h = await make(FIXTURE);
        const twice = plan(
          richIssuesWrite(),
          sheetWrite("Checklist", "replace", false, {
            owner: "checklist",
            marker: "stale",
            values: [{ row: 0, col: 0, values: [["Task"], ["Book rooms"]] }],
          }),
        );
        await h.gateway.apply(twice);
        const once = await h.inspect();
        await h.gateway.apply({
          sheets: twice.sheets.map((s) => ({ ...s, exists: true, marker: s.owner ? "current" : s.marker })),
        });
        expect(await h.inspect()).toEqual(once);
      });

      describe("print settings", () => {
        /** Twelve table tents: a title row, then one tent per two rows. */
        function tents(page: SheetWrite["page"], rest: Partial<SheetWrite> = {}): SheetWrite {
          const rows = [["Table tents"], ...Array.from({ length: 24 }, (_, i) => [`Tent ${i + 1}`])];
          return sheetWrite("Tents", "replace", false, {
            owner: "tableChart",
            marker: "none",
            values: [{ row: 0, col: 0, values: rows }],
            page,
            ...rest,
          });
        }

        it("writes orientation, fit to width, print area, title rows, page breaks and centring, and reads them back", async () => {
          const h = await make(FIXTURE);
          await h.gateway.apply(
            plan(
              tents({
                orientation: "landscape",
                fitToWidth: true,
                printArea: { row: 0, col: 0, rows: 40, cols: 7 },
                titleRows: { first: 0, last: 2 },
                breaksBefore: [9, 3, 0, 5, 9],
                centerHorizontally: true,
              }),
            ),
          );
          expect(sheetOf(await h.inspect(), "Tents").page).toEqual({
            orientation: "landscape",
            fitToWidth: true,
            printArea: "A1:G40",
            titleRows: "1:3",
            // Sorted, each once; none before the first row, where the first page starts anyway.
            breaksBefore: [3, 5, 9],
            centerHorizontally: true,
          });
        });

        it("a replace starts the print settings afresh: fewer breaks leave only the new ones", async () => {
          const h = await make(FIXTURE);
          await h.gateway.apply(
            plan(tents({ orientation: "landscape", fitToWidth: true, breaksBefore: [3, 5, 7, 9, 11], centerHorizontally: true })),
          );
          await h.gateway.apply(plan(tents({ breaksBefore: [4, 8] }, { exists: true, marker: "current" })));
          expect(sheetOf(await h.inspect(), "Tents").page).toEqual({
            orientation: "portrait",
            fitToWidth: false,
            breaksBefore: [4, 8],
            centerHorizontally: false,
          });
          await h.gateway.apply(plan(tents(undefined, { exists: true, marker: "current" })));
          expect(sheetOf(await h.inspect(), "Tents").page).toBeUndefined();
        });

        it("gives a sheet without print settings none, and leaves the other sheets' alone", async () => {
          const h = await make(FIXTURE);
          await h.gateway.apply(
            plan(
              tents({ breaksBefore: [2] }),
              sheetWrite("Plain", "create", false, { values: [{ row: 0, col: 0, values: [["x"], ["y"]] }] }),
            ),
          );
          const book = await h.inspect();
          expect(sheetOf(book, "Plain").page).toBeUndefined();
          expect(sheetOf(book, "Roster").page).toBeUndefined();
          expect(sheetOf(book, "Tents").page?.breaksBefore).toEqual([2]);
        });

        it("adds page breaks to a planner's sheet on update, keeping its cells", async () => {
          const h = await make(FIXTURE);
          await h.gateway.apply(plan(sheetWrite("Roster", "update", true, { page: { breaksBefore: [2], orientation: "landscape" } })));
          const roster = sheetOf(await h.inspect(), "Roster");
          expect(roster.page).toEqual({ orientation: "landscape", fitToWidth: false, breaksBefore: [2], centerHorizontally: false });
          expect(roster.cells.A2?.value).toBe("Zhang San");
        });
      });

      it("reports the sheets it wrote", async () => {
        const h = await make(FIXTURE);
        const report = await h.gateway.apply(
          plan(
            sheetWrite("A", "create", false, { values: [{ row: 0, col: 0, values: [["a"]] }] }),
            sheetWrite("B", "create", false, { values: [] }),
          ),
        );
        expect(report.sheets).toEqual(["A", "B"]);
        expect(report.requests).toBeGreaterThanOrEqual(1);
      });
    });
  });
}
