import ExcelJS from "exceljs";
import { createXlsxGateway, openXlsxBuffer, packXlsx, toXlsxBuffer } from "../../../src/xlsx";
import { write } from "../support/books";
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

  const withExtras = () =>
    plain().then((b) =>
      editParts(b, {
        "xl/charts/chart1.xml": () => "<c:chartSpace/>",
        "xl/pivotTables/pivotTable1.xml": () => "<pivotTableDefinition/>",
        "xl/vbaProject.bin": () => "binary",
      }),
    );
  const extras = async (data: Buffer) => {
    const zip = await JSZip.loadAsync(data);
    return Object.keys(zip.files).filter((p) => /charts\/|pivotTables\/|vba/.test(p) && !zip.files[p].dir);
  };

  it("names charts, pivot tables and macros found in the file, which a full write through ExcelJS indeed drops", async () => {
    const book = await openXlsxBuffer(await withExtras());
    expect(book.wouldLose).toEqual(["charts", "pivotTables", "macros"]);
    expect(await extras(await toXlsxBuffer(book, { full: true }))).toEqual([]);
  });

  it("are kept, as they were, by the ordinary save, which splices into the file", async () => {
    const book = await openXlsxBuffer(await withExtras());
    await createXlsxGateway(book).apply({ sheets: [write("Issues", "create", { values: [{ row: 0, col: 0, values: [["x"]] }] })] });
    const saved = await packXlsx(book);
    expect(saved.path).toBe("splice");
    expect(await extras(saved.data)).toEqual(["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml", "xl/vbaProject.bin"]);
  });
});
