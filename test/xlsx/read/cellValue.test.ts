import ExcelJS from "exceljs";
import { createXlsxGateway, openXlsxBuffer } from "../../../src/xlsx";
import { bytesOf, editParts, partText } from "../support/packageEdit";

async function readSheet(build: (ws: ExcelJS.Worksheet) => void): Promise<unknown[][]> {
  const excel = new ExcelJS.Workbook();
  build(excel.addWorksheet("S"));
  const book = await openXlsxBuffer(await bytesOf(excel));
  return (await createXlsxGateway(book).read(["S"])).sheets[0].values;
}

describe("cell values the way Excel's Range.values gives them", () => {
  it("rich text reads as its plain text", async () => {
    const values = await readSheet((ws) => {
      ws.getCell("A1").value = { richText: [{ text: "Zhang " }, { text: "San", font: { bold: true } }] };
    });
    expect(values).toEqual([["Zhang San"]]);
  });

  it("a hyperlink cell reads as its text", async () => {
    const values = await readSheet((ws) => {
      ws.getCell("A1").value = { text: "Venue map", hyperlink: "https://example.com/map" };
    });
    expect(values).toEqual([["Venue map"]]);
  });

  it("error values read as their text", async () => {
    const values = await readSheet((ws) => {
      ws.getCell("A1").value = { error: "#DIV/0!" };
      ws.getCell("B1").value = { error: "#N/A" };
    });
    expect(values).toEqual([["#DIV/0!", "#N/A"]]);
  });

  it("formulas read as their stored results of every type, or empty when there is none", async () => {
    const values = await readSheet((ws) => {
      ws.getCell("A1").value = { formula: "1+1", result: 2 };
      ws.getCell("B1").value = { formula: '"a"&"b"', result: "ab" };
      ws.getCell("C1").value = { formula: "1=1", result: true };
      ws.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("E1").value = { formula: "DATE(2026,3,15)", result: 46096 };
      ws.getCell("E1").numFmt = "yyyy-mm-dd";
      ws.getCell("F1").value = { formula: "NOW()" };
    });
    expect(values).toEqual([[2, "ab", true, "#DIV/0!", 46096, ""]]);
  });

  it("shared formulas read as each cell's own result", async () => {
    const excel = new ExcelJS.Workbook();
    const ws = excel.addWorksheet("S");
    [1, 2, 3].forEach((n, i) => (ws.getCell(i + 1, 1).value = n));
    ws.fillFormula("B1:B3", "A1*2", [2, 4, 6]);
    const data = await bytesOf(excel);
    // Stored the way Excel stores a filled-down formula: one master, the others pointing at it.
    expect(await partText(data, "xl/worksheets/sheet1.xml")).toMatch(/<f t="shared" si="0"\/>/);
    const snap = await createXlsxGateway(await openXlsxBuffer(data)).read(["S"]);
    expect(snap.sheets[0].values).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
  });

  it("a merged range holds its value in the top-left cell only", async () => {
    const values = await readSheet((ws) => {
      ws.getCell("A1").value = "Opening ceremony";
      ws.mergeCells("A1:C2");
      ws.getCell("A3").value = 1;
      ws.getCell("C3").value = 3;
    });
    expect(values).toEqual([
      ["Opening ceremony", "", ""],
      ["", "", ""],
      [1, "", 3],
    ]);
  });
});

describe("the used range", () => {
  it("starts at the first value, ignores cells that only carry a format, counts formulas and spaces", async () => {
    const excel = new ExcelJS.Workbook();
    const ws = excel.addWorksheet("S");
    ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    ws.getCell("Z100").numFmt = "0.00";
    ws.getCell("C2").value = " ";
    ws.getCell("D4").value = { formula: 'C2&""' };
    const snap = await createXlsxGateway(await openXlsxBuffer(await bytesOf(excel))).read(["S"]);
    expect(snap.sheets[0]).toEqual({
      name: "S",
      top: 1,
      left: 2,
      values: [
        [" ", ""],
        ["", ""],
        ["", ""],
      ],
    });
  });

  it("finds sheets whatever the case of the requested name, as Excel does", async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("Roster").getCell("A1").value = "Name";
    const snap = await createXlsxGateway(await openXlsxBuffer(await bytesOf(excel))).read(["roster", "ROSTER"]);
    expect(snap.sheets).toEqual([{ name: "Roster", top: 0, left: 0, values: [["Name"]] }]);
  });

  it("reads a 10,000-row sheet whole and in order", async () => {
    // The sheet XML is generated directly: writing 10,000 rows through ExcelJS would take longer than reading them.
    const cell = (ref: string, v: string | number) =>
      typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const rows = [`<row r="1">${["No", "Name", "Phone", "Arrival", "Room"].map((h, j) => cell(`${"ABCDE"[j]}1`, h)).join("")}</row>`];
    for (let i = 1; i <= 10_000; i++) {
      const r = i + 1;
      const room = i % 7 === 0 ? "" : cell(`E${r}`, `R${i % 300}`);
      rows.push(
        `<row r="${r}">${cell(`A${r}`, i)}${cell(`B${r}`, `Guest ${i}`)}${cell(`C${r}`, `138${String(i).padStart(8, "0")}`)}${cell(`D${r}`, 46096 + (i % 3))}${room}</row>`,
      );
    }
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("Roster");
    const data = await editParts(await bytesOf(excel), {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml.replace(/<sheetData\/>|<sheetData>.*<\/sheetData>/, `<sheetData>${rows.join("")}</sheetData>`),
    });
    const started = Date.now();
    const snap = await createXlsxGateway(await openXlsxBuffer(data)).read(["Roster"]);
    const elapsed = Date.now() - started;
    const values = snap.sheets[0].values;
    expect(values).toHaveLength(10_001);
    expect(values.every((r) => r.length === 5)).toBe(true);
    expect(values[1]).toEqual([1, "Guest 1", "13800000001", 46097, "R1"]);
    expect(values[7][4]).toBe("");
    expect(values[10_000]).toEqual([10_000, "Guest 10000", "13800010000", 46097, "R100"]);
    expect(elapsed).toBeLessThan(15_000);
  });
});
