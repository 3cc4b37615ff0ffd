import ExcelJS from "exceljs";
import { generateConference } from "../../../samples/generator";
import { writeSampleWorkbook } from "../../../samples/xlsx/writeSampleWorkbook";

describe("writeSampleWorkbook", () => {
  const book = generateConference({ lang: "en", attendees: 90, seed: 4, mistakes: true });

  it("writes byte-identical files for the same workbook", async () => {
    const a = await writeSampleWorkbook(book, "en");
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a two-second grain
    const b = await writeSampleWorkbook(book, "en");
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it("keeps a text cell that looks like a formula as text", async () => {
    const tricky = structuredClone(book);
    tricky.sheets[1].rows[2][1] = "=1+1";
    const wb = new ExcelJS.Workbook();
    const written = await writeSampleWorkbook(tricky, "en");
    await wb.xlsx.load(written as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
    expect(wb.worksheets[1].getCell("B3").value).toBe("=1+1");
  });
});
