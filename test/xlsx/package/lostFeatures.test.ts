import ExcelJS from "exceljs";
import { openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { bytesOf, editParts } from "../support/packageEdit";
import JSZip from "jszip";

describe("what saving through ExcelJS would drop", () => {
  async function plain(): Promise<Buffer> {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("Budget").getCell("A1").value = 1;
    return bytesOf(excel);
  }

  it("is nothing for a plain workbook", async () => {
    expect((await openXlsxBuffer(await plain())).wouldLose).toEqual([]);
  });

  it("names charts, pivot tables and macros found in the file, which are indeed gone after a save", async () => {
    const data = await editParts(await plain(), {
      "xl/charts/chart1.xml": () => "<c:chartSpace/>",
      "xl/pivotTables/pivotTable1.xml": () => "<pivotTableDefinition/>",
      "xl/vbaProject.bin": () => "binary",
    });
    const book = await openXlsxBuffer(data);
    expect(book.wouldLose).toEqual(["charts", "pivotTables", "macros"]);
    const saved = await JSZip.loadAsync(await toXlsxBuffer(book));
    expect(Object.keys(saved.files).filter((p) => /charts|pivot|vba/.test(p))).toEqual([]);
  });
});
