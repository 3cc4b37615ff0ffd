import ExcelJS from "exceljs";
import { toXlsxBuffer } from "../../../src/xlsx";
import { openFixture, write } from "../support/books";
import { partText } from "../support/packageEdit";

async function reloaded(data: Buffer): Promise<ExcelJS.Worksheet> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(data as unknown as Parameters<typeof excel.xlsx.load>[0]);
  return excel.getWorksheet("F")!;
}

describe("formats", () => {
  it("keeps a column 9 characters wide in the file (ExcelJS would drop it for its own default)", async () => {
    const h = await openFixture({ sheets: [] });
    const columnWidths = [8, 9, 10].map((width, col) => ({ col, width }));
    await h.gateway.apply({ sheets: [write("F", "create", { values: [{ row: 0, col: 0, values: [["a", "b", "c"]] }], columnWidths })] });
    const xml = await partText(await toXlsxBuffer(h.book), "xl/worksheets/sheet1.xml");
    const cols = [...xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
    expect(cols).toEqual([
      [1, 1, 8],
      [2, 2, 9.001],
      [3, 3, 10],
    ]);
  });

  it("every FormatSpec field reaches the saved cells, and specs on the same cell add up", async () => {
    const h = await openFixture({ sheets: [] });
    await h.gateway.apply({
      sheets: [
        write("F", "create", {
          values: [
            {
              row: 0,
              col: 0,
              values: [
                ["Title", "x"],
                ["Body", "y"],
              ],
            },
          ],
          formats: [
            { range: { row: 0, col: 0, rows: 1, cols: 2 }, bold: true, fontSize: 14, fontColor: "#1F4E78", fill: "#ddebf7" },
            { range: { row: 0, col: 0, rows: 1, cols: 1 }, italic: true, horizontal: "center", vertical: "center", wrap: true },
            { range: { row: 1, col: 0, rows: 1, cols: 2 }, border: true, vertical: "top" },
          ],
        }),
      ],
    });
    const ws = await reloaded(await toXlsxBuffer(h.book));
    const title = ws.getCell("A1");
    expect(title.font).toMatchObject({ bold: true, italic: true, size: 14, color: { argb: "FF1F4E78" } });
    // A font change on an unstyled cell keeps a typeface (else LibreOffice falls back to a serif).
    expect(title.font.name).toBe("Calibri");
    expect(title.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(title.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(ws.getCell("B1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("B1").font.italic).toBeFalsy();
    const body = ws.getCell("B2");
    expect(body.border).toMatchObject({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(body.alignment).toMatchObject({ vertical: "top" });
    expect(body.font?.bold).toBeFalsy();
  });

  it("a link looks like a link unless a format says otherwise", async () => {
    const h = await openFixture({ sheets: [{ name: "Roster", rows: [["Name"]] }] });
    await h.gateway.apply({
      sheets: [
        write("F", "create", {
          links: [
            { row: 0, col: 0, sheet: "Roster", cell: "A1", text: "plain link" },
            { row: 1, col: 0, sheet: "Roster", cell: "A1", text: "red link" },
          ],
          formats: [{ range: { row: 1, col: 0, rows: 1, cols: 1 }, fontColor: "#C00000" }],
        }),
      ],
    });
    const ws = await reloaded(await toXlsxBuffer(h.book));
    // In the body typeface and size: without them LibreOffice prints a link in a serif at its own size.
    expect(ws.getCell("A1").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" }, name: "Calibri", size: 11 });
    expect(ws.getCell("A2").font).toMatchObject({ underline: true, color: { argb: "FFC00000" } });
  });

  it("a row height is stored as a custom height, so Excel keeps it instead of fitting the row to its text", async () => {
    const h = await openFixture({ sheets: [] });
    await h.gateway.apply({
      sheets: [
        write("F", "create", {
          values: [{ row: 0, col: 0, values: [["Name"], ["title"]] }],
          rowHeights: [
            { row: 0, height: 78 },
            { row: 3, height: 23.4 },
          ],
        }),
      ],
    });
    const xml = await partText(await toXlsxBuffer(h.book), "xl/worksheets/sheet1.xml");
    const rowTag = (r: number) => new RegExp(`<row [^>]*r="${r}"[^>]*>`).exec(xml)?.[0] ?? "";
    expect(rowTag(1)).toMatch(/ht="78"/);
    expect(rowTag(1)).toMatch(/customHeight="1"/);
    expect(rowTag(2)).not.toMatch(/ht=/);
    expect(rowTag(4)).toMatch(/ht="23.4"/);
    expect(rowTag(4)).toMatch(/customHeight="1"/);
  });
});
