import ExcelJS from "exceljs";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { bytesOf, editParts, partText } from "../support/packageEdit";

/** A room list formatted as a table without a header row, with its table part as Excel writes it. */
async function excelHeaderlessTable(): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("Rooms").addTable({
    name: "RoomList",
    ref: "A1",
    headerRow: false,
    columns: [{ name: "Column1" }, { name: "Column2" }],
    rows: [
      ["1201", 2],
      ["1202", 1],
    ],
  });
  return editParts(await bytesOf(excel), {
    // Excel writes no filter for a table without a header row: it has no buttons to put one on.
    "xl/tables/table1.xml": (xml) =>
      xml
        .replace(/<autoFilter\b[^>]*(?:\/>|>.*?<\/autoFilter>)/, "")
        .replace(/ totalsRowShown="\d"/, ' totalsRowShown="0"')
        .replace(/ totalsRowLabel="[^"]*"| totalsRowFunction="none"/g, ""),
  });
}

describe("a table without a header row", () => {
  it("is saved without the filter Excel would remove when repairing the file", async () => {
    const input = await excelHeaderlessTable();
    expect(await partText(input, "xl/tables/table1.xml")).not.toMatch(/autoFilter/);
    const saved = await toXlsxBuffer(await openXlsxBuffer(input));
    const table = await partText(saved, "xl/tables/table1.xml");
    expect(table).toMatch(/headerRowCount="0"/);
    expect(table).not.toMatch(/autoFilter/);
    expect(table).toMatch(/<tableColumns count="2">/);
    const snap = await createXlsxGateway(await openXlsxBuffer(saved)).read(["Rooms"]);
    expect(snap.sheets[0].values).toEqual([
      ["1201", 2],
      ["1202", 1],
    ]);
  });

  it("stays without one through a second open and save", async () => {
    const once = await toXlsxBuffer(await openXlsxBuffer(await excelHeaderlessTable()));
    const twice = await toXlsxBuffer(await openXlsxBuffer(once));
    expect(await partText(twice, "xl/tables/table1.xml")).not.toMatch(/autoFilter/);
  });
});

it("a table with a header row keeps its filter", async () => {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("Roster").addTable({ name: "Guests", ref: "A1", columns: [{ name: "Name" }], rows: [["Zhang San"]] });
  const table = await partText(await toXlsxBuffer(await openXlsxBuffer(await bytesOf(excel))), "xl/tables/table1.xml");
  expect(table).toMatch(/<autoFilter ref="A1:A2"/);
});
