import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../src/xlsx";
import { bytesOf } from "./support/packageEdit";
import { write } from "./support/books";
import { hasLibreOffice } from "../support/libreOffice";

const describeWithLibreOffice = hasLibreOffice() ? describe : describe.skip;

function csvOf(xlsx: Buffer, sheet: string): string {
  const dir = mkdtempSync(join(tmpdir(), "huiwu-lo-"));
  writeFileSync(join(dir, "book.xlsx"), xlsx);
  execFileSync(
    "libreoffice",
    [
      "--headless",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      dir,
      join(dir, "book.xlsx"),
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  return readFileSync(join(dir, `book-${sheet}.csv`), "utf8");
}

describeWithLibreOffice("LibreOffice opens what the adapter writes", () => {
  it("with text kept as text, formulas calculated, and a table, links and lists in place", async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("Roster").getCell("A1").value = "Name";
    const book = await openXlsxBuffer(await bytesOf(excel));
    await createXlsxGateway(book).apply({
      sheets: [
        write("Budget review", "replace", {
          exists: false,
          owner: "budgetReview",
          values: [
            {
              row: 0,
              col: 0,
              values: [
                ["Line", "Amount", "Note"],
                ["Venue", 12000, "=1+1"],
                ["Meals", 3500.5, "0012"],
              ],
            },
          ],
          formulas: [{ row: 3, col: 1, formulas: [["=SUM(B2:B3)"]] }],
          formats: [{ range: { row: 0, col: 0, rows: 1, cols: 3 }, bold: true, fill: "#DDEBF7" }],
          tables: [{ name: "BudgetLines", range: { row: 0, col: 0, rows: 3, cols: 3 } }],
          links: [{ row: 4, col: 0, sheet: "Roster", cell: "A1", text: "Roster" }],
          validations: [{ range: { row: 1, col: 2, rows: 2, cols: 1 }, list: ["OK", "Check"], strict: true }],
          freeze: { rows: 1, cols: 0 },
          activate: true,
        }),
      ],
    });
    const csv = csvOf(await toXlsxBuffer(book), "Budget review")
      .trim()
      .split("\n");
    expect(csv).toEqual(["Line,Amount,Note", "Venue,12000,=1+1", "Meals,3500.5,0012", ",15500.5,", "Roster,,"]);
  }, 180_000);
});
