import ExcelJS from "exceljs";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { withDefinedNames } from "../support/fixtureBook";
import { bytesOf, editParts } from "../support/packageEdit";
import { readRawPackage } from "../support/rawPackage";

async function threeSheets(): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  for (const name of ["Roster", "Budget", "Issues"]) excel.addWorksheet(name).getCell("A1").value = name;
  return bytesOf(excel);
}

/** Adds a chartsheet as the second tab, the way Excel lists one in workbook.xml. */
async function withChartsheet(data: Buffer): Promise<Buffer> {
  return editParts(data, {
    "xl/workbook.xml": (xml) => xml.replace(/(<sheet [^>]*name="Roster"[^>]*\/>)/, `$1<sheet sheetId="9" name="Chart1" r:id="rIdChart"/>`),
    "xl/_rels/workbook.xml.rels": (xml) =>
      xml.replace(
        "</Relationships>",
        `<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
      ),
    "xl/chartsheets/sheet1.xml": () =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`,
  });
}

describe("defined names survive a save, including the ones ExcelJS cannot hold", () => {
  it("keeps a stale (#REF!) marker, a named constant and a hidden name exactly", async () => {
    const data = await withDefinedNames(await threeSheets(), [
      { name: "HuiwuOwned_checklist", formula: "=#REF!$A$1" },
      { name: "VatRate", formula: "=0.06" },
      { name: "LastRow", formula: "=COUNTA(Roster!$A:$A)", hidden: true },
      { name: "HuiwuOwned_issues", formula: "='Issues'!$A$1" },
    ]);
    const saved = await toXlsxBuffer(await openXlsxBuffer(data));
    const names = (await readRawPackage(saved)).names;
    expect(names.map((n) => [n.name, n.text])).toEqual([
      ["HuiwuOwned_checklist", "#REF!$A$1"],
      ["VatRate", "0.06"],
      ["LastRow", "COUNTA(Roster!$A:$A)"],
      ["HuiwuOwned_issues", "'Issues'!$A$1"],
    ]);
    expect(names[2].attributes.hidden).toBe("1");
    const { owned } = await createXlsxGateway(await openXlsxBuffer(saved)).read([]);
    expect(owned).toEqual([
      { kind: "checklist", name: null, stamp: "" },
      { kind: "issues", name: "Issues", stamp: "", a1: "Issues" },
    ]);
  });

  it("keeps a sheet-scoped name on its sheet, and does not count it as an ownership marker", async () => {
    const data = await withDefinedNames(await threeSheets(), [
      { name: "HuiwuOwned_issues", formula: "=Budget!$A$1", localSheetId: 1 },
      { name: "Total", formula: "=Budget!$B$9", localSheetId: 1 },
    ]);
    const book = await openXlsxBuffer(data);
    expect((await createXlsxGateway(book).read([])).owned).toEqual([]);
    const names = (await readRawPackage(await toXlsxBuffer(book))).names;
    expect(names.map((n) => [n.name, n.localSheetId])).toEqual([
      ["HuiwuOwned_issues", 1],
      ["Total", 1],
    ]);
  });

  it.each([
    ["a full write, which drops the chartsheet, re-counts", { full: true }, ["Roster", "Budget", "Issues"], 1],
    ["the splice, which keeps the chartsheet, keeps", {}, ["Roster", "Chart1", "Budget", "Issues"], 2],
  ])("%s a sheet-scoped name's sheet position", async (_, options, tabs, position) => {
    // Tabs: Roster, Chart1 (chartsheet), Budget, Issues. "Total" belongs to Budget (position 2).
    const data = await withDefinedNames(await withChartsheet(await threeSheets()), [
      { name: "Total", formula: "=Budget!$B$9", localSheetId: 2 },
    ]);
    const book = await openXlsxBuffer(data);
    expect((await createXlsxGateway(book).read([])).sheetNames).toEqual(["Roster", "Budget", "Issues"]);
    const saved = await readRawPackage(await toXlsxBuffer(book, options));
    expect(saved.sheets.map((s) => s.name)).toEqual(tabs);
    expect(saved.names).toEqual([expect.objectContaining({ name: "Total", localSheetId: position })]);
  });

  it("keeps print areas, which ExcelJS manages itself, once", async () => {
    const excel = new ExcelJS.Workbook();
    const ws = excel.addWorksheet("Roster");
    ws.getCell("A1").value = "Name";
    ws.pageSetup.printArea = "A1:C20";
    const data = await withDefinedNames(await bytesOf(excel), [{ name: "VatRate", formula: "=0.06" }]);
    const names = (await readRawPackage(await toXlsxBuffer(await openXlsxBuffer(data)))).names;
    expect(names.map((n) => n.name).sort()).toEqual(["VatRate", "_xlnm.Print_Area"]);
  });
});

describe("print areas and titles", () => {
  it.each([
    ["a full write drops", { full: true }, 1],
    ["the splice keeps", {}, 2],
  ])("stay on their sheet when %s a chartsheet before it (ExcelJS alone would move them)", async (_, options, position) => {
    // Tabs: Roster, Chart1 (chartsheet), Budget, Issues. The print settings belong to Budget (position 2).
    const data = await withDefinedNames(await withChartsheet(await threeSheets()), [
      { name: "_xlnm.Print_Area", formula: "=Budget!$A$1:$C$9", localSheetId: 2 },
      { name: "_xlnm.Print_Titles", formula: "=Budget!$1:$1", localSheetId: 2 },
    ]);
    const saved = await readRawPackage(await toXlsxBuffer(await openXlsxBuffer(data), options));
    expect(saved.names.map((n) => [n.name, n.localSheetId, n.text])).toEqual([
      ["_xlnm.Print_Area", position, "Budget!$A$1:$C$9"],
      ["_xlnm.Print_Titles", position, "Budget!$1:$1"],
    ]);
  });

  it("are replaced, not doubled, when a plan sets them on a sheet that had them", async () => {
    const data = await withDefinedNames(await threeSheets(), [{ name: "_xlnm.Print_Area", formula: "=Budget!$A$1:$C$9", localSheetId: 1 }]);
    const book = await openXlsxBuffer(data);
    await createXlsxGateway(book).apply({
      sheets: [{ name: "Budget", mode: "update", exists: true, values: [], page: { printArea: { row: 0, col: 0, rows: 20, cols: 2 } } }],
    });
    const saved = await readRawPackage(await toXlsxBuffer(book));
    expect(saved.names.map((n) => [n.name, n.localSheetId, n.text])).toEqual([["_xlnm.Print_Area", 1, "Budget!$A$1:$B$20"]]);
  });
});
