import ExcelJS from "exceljs";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { bytesOf, editParts, partText } from "../support/packageEdit";

/** A roster formatted as a table, with its table part written the way Excel writes it. */
async function excelStyleTable(): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  const ws = excel.addWorksheet("Roster");
  ws.addTable({
    name: "Guests",
    ref: "A1",
    columns: [{ name: "Name" }, { name: "Phone" }],
    rows: [
      ["Zhang San", "13800138000"],
      ["Li Si", "13900139000"],
    ],
  });
  return editParts(await bytesOf(excel), {
    // Excel leaves out defaults: one header row, and filter buttons shown on every column.
    "xl/tables/table1.xml": (xml) =>
      xml
        .replace(/ headerRowCount="\d"/, "")
        .replace(/ totalsRowShown="\d"/, ' totalsRowShown="0"')
        .replace(/<autoFilter ref="([^"]+)">.*<\/autoFilter>/, '<autoFilter ref="$1"/>'),
  });
}

describe("tables in a workbook saved by Excel", () => {
  it("keep their header row and filter buttons through open and save", async () => {
    const book = await openXlsxBuffer(await excelStyleTable());
    const saved = await toXlsxBuffer(book);
    const table = await partText(saved, "xl/tables/table1.xml");
    expect(table).not.toMatch(/headerRowCount="0"/);
    expect(table).not.toMatch(/hiddenButton="1"/);
    expect(table).toMatch(/ref="A1:B3"/);
    const snap = await createXlsxGateway(await openXlsxBuffer(saved)).read(["Roster"]);
    expect(snap.sheets[0].values).toEqual([
      ["Name", "Phone"],
      ["Zhang San", "13800138000"],
      ["Li Si", "13900139000"],
    ]);
  });

  it("that really have no header row stay that way", async () => {
    const data = await editParts(await excelStyleTable(), {
      "xl/tables/table1.xml": (xml) => xml.replace('name="Guests"', 'name="Guests" headerRowCount="0"'),
    });
    const table = await partText(await toXlsxBuffer(await openXlsxBuffer(data)), "xl/tables/table1.xml");
    expect(table).toMatch(/headerRowCount="0"/);
  });
});
