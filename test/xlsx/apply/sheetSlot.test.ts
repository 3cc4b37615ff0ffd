import { ownershipStamp } from "../../../src/workbook/ownership";
import ExcelJS from "exceljs";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { withDefinedNames } from "../support/fixtureBook";
import { inspectXlsx } from "../support/inspectXlsx";
import { bytesOf } from "../support/packageEdit";
import { readRawPackage } from "../support/rawPackage";
import { write } from "../support/books";

async function workbook(): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  const roster = excel.addWorksheet("Roster");
  roster.getCell("A1").value = "Issues found";
  roster.getCell("B1").value = { formula: "COUNTA(Issues!A:A)", result: 3 };
  const issues = excel.addWorksheet("Issues");
  issues.getColumn(2).width = 44;
  issues.getColumn(5).hidden = true;
  issues.getCell("A1").value = "old";
  issues.mergeCells("A3:C3");
  issues.autoFilter = "A1:C2";
  excel.addWorksheet("Notes");
  return withDefinedNames(await bytesOf(excel), [
    { name: "_xlnm._FilterDatabase", formula: "=Issues!$A$1:$C$2", localSheetId: 1, hidden: true },
    { name: "IssueCount", formula: "=Roster!$B$1" },
  ]);
}

describe("replacing a sheet", () => {
  it("starts from an empty sheet in the same place, keeping column widths and other sheets' formulas", async () => {
    const book = await openXlsxBuffer(await workbook());
    await createXlsxGateway(book).apply({ sheets: [write("Issues", "replace", { values: [{ row: 0, col: 0, values: [["new"]] }] })] });
    const issues = book.excel.getWorksheet("Issues")!;
    expect(book.excel.worksheets.map((w) => w.name)).toEqual(["Roster", "Issues", "Notes"]);
    expect(issues.getColumn(2).width).toBe(44);
    expect(issues.getColumn(5).hidden).toBe(false);
    expect(issues.hasMerges).toBe(false);
    expect(issues.autoFilter).toBeFalsy();
    const saved = await toXlsxBuffer(book);
    const inspected = await inspectXlsx(saved);
    expect(inspected.sheets[0].cells.B1?.formula).toBe("=COUNTA(Issues!A:A)");
    // The old sheet's filter name goes with the filter; the user's own names stay.
    expect((await readRawPackage(saved)).names.map((n) => n.name)).toEqual(["IssueCount"]);
  });

  it("keeps the workbook's spelling of the name when the plan spells it in another case", async () => {
    const book = await openXlsxBuffer(await workbook());
    await createXlsxGateway(book).apply({
      sheets: [write("ISSUES", "replace", { owner: "issues", values: [{ row: 0, col: 0, values: [["new"]] }] })],
    });
    const snap = await createXlsxGateway(book).read(["issues"]);
    expect(snap.sheetNames).toEqual(["Roster", "Issues", "Notes"]);
    expect(snap.sheets[0].values).toEqual([["new"]]);
    expect(snap.owned).toEqual([{ kind: "issues", name: "Issues", stamp: ownershipStamp("issues", "new"), a1: "new" }]);
  });
});
