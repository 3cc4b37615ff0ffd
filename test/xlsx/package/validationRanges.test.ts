import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createXlsxGateway, openXlsxBuffer } from "../../../src/xlsx";

/** A workbook with one list validation over `sqref`, as Excel stores it. */
async function withValidation(sqref: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("参会人员").addRows([
    ["姓名", "回执"],
    ["张伟", "已确认"],
    ["李娜", "待确认"],
  ]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const part = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(part)!.async("string")).replace(
    "</sheetData>",
    `</sheetData><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"已确认,待确认"</formula1></dataValidation></dataValidations>`,
  );
  zip.file(part, xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("data validation over a whole sheet", () => {
  it("is clipped to the data and 10,000 rows below before reading, so the workbook opens at once, and the copy says so", async () => {
    const t0 = Date.now();
    const book = await openXlsxBuffer(await withValidation("A1:XFD1048576"), "book.xlsx");
    expect(Date.now() - t0).toBeLessThan(15_000);
    const snap = await createXlsxGateway(book).read(["参会人员"]);
    expect(snap.sheets[0].values).toEqual([
      ["姓名", "回执"],
      ["张伟", "已确认"],
      ["李娜", "待确认"],
    ]);
    expect(book.wouldLose).toContain("validationRanges");
  }, 30_000);

  it("leaves a whole-column dropdown as it is", async () => {
    const book = await openXlsxBuffer(await withValidation("B2:B1048576"), "book.xlsx");
    expect(book.wouldLose).not.toContain("validationRanges");
  });
});
