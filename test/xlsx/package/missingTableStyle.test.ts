import ExcelJS from "exceljs";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { bytesOf, editParts, partText } from "../support/packageEdit";

/** A guest list formatted as a table, its table part as LibreOffice Calc writes it: no <tableStyleInfo>. */
async function libreOfficeTable(): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("Roster").addTable({
    name: "Guests",
    ref: "A1",
    columns: [{ name: "Name" }, { name: "Seats" }],
    rows: [
      ["Zhang San", 2],
      ["Li Si", 1],
    ],
  });
  return editParts(await bytesOf(excel), {
    "xl/tables/table1.xml": (xml) => xml.replace(/<tableStyleInfo\b[^>]*\/>/, ""),
  });
}

describe("a table without a table style", () => {
  it("is kept as it was by the splice", async () => {
    const input = await libreOfficeTable();
    const saved = await toXlsxBuffer(await openXlsxBuffer(input));
    expect(await partText(saved, "xl/tables/table1.xml")).toBe(await partText(input, "xl/tables/table1.xml"));
  });

  it("is saved by a full write, still a table with no style", async () => {
    const book = await openXlsxBuffer(await libreOfficeTable());
    const saved = await toXlsxBuffer(book, { full: true });
    const table = await partText(saved, "xl/tables/table1.xml");
    expect(table).toMatch(/ref="A1:B3"/);
    expect(table).toMatch(/<tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"\/>/);
    expect((await createXlsxGateway(await openXlsxBuffer(saved)).read(["Roster"])).sheets[0].values).toEqual([
      ["Name", "Seats"],
      ["Zhang San", 2],
      ["Li Si", 1],
    ]);
  });
});
