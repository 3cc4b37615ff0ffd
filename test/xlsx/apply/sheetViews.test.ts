import ExcelJS from "exceljs";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { bytesOf, partText } from "../support/packageEdit";
import { write } from "../support/books";

describe("sheet views", () => {
  it("activating a sheet leaves it the only selected tab, so Excel does not open the sheets as a group", async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("Roster", { views: [{ tabSelected: true } as never] });
    excel.addWorksheet("Budget");
    excel.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
    const book = await openXlsxBuffer(await bytesOf(excel));
    await createXlsxGateway(book).apply({
      sheets: [write("Issues", "create", { values: [{ row: 0, col: 0, values: [["x"]] }], activate: true })],
    });
    const saved = await toXlsxBuffer(book);
    expect(await partText(saved, "xl/workbook.xml")).toMatch(/activeTab="2"/);
    const selected = [];
    for (const n of [1, 2, 3]) if (/tabSelected="1"/.test(await partText(saved, `xl/worksheets/sheet${n}.xml`))) selected.push(n);
    expect(selected).toEqual([3]);
  });

  it("freezes rows and columns together", async () => {
    const book = await openXlsxBuffer(await bytesOf(new ExcelJS.Workbook()));
    await createXlsxGateway(book).apply({
      sheets: [write("Grid", "create", { values: [{ row: 0, col: 0, values: [["a", "b"]] }], freeze: { rows: 2, cols: 1 } })],
    });
    const xml = await partText(await toXlsxBuffer(book), "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<pane xSplit="1" ySplit="2" topLeftCell="B3"[^>]*state="frozen"/);
  });
});
