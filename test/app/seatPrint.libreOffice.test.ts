import path from "node:path";
import ExcelJS from "exceljs";
import { fillSeating } from "../../src/app/seat";
import type { SheetWrite } from "../../src/core/plan/writePlan";
import { createXlsxGateway, openXlsxBuffer, openXlsxFile, toXlsxBuffer } from "../../src/xlsx";
import { hasLibreOffice, pdfPageCounts } from "../support/libreOffice";

const describeWithLibreOffice = hasLibreOffice() ? describe : describe.skip;

/** A workbook holding only this sheet, as a new one (LibreOffice prints every sheet of a workbook). */
async function alone(sheet: SheetWrite): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("Blank");
  const book = await openXlsxBuffer(Buffer.from(await excel.xlsx.writeBuffer()));
  const gateway = createXlsxGateway(book);
  await gateway.apply({ sheets: [{ ...sheet, exists: false, marker: "none" }] });
  book.excel.removeWorksheet(book.excel.getWorksheet("Blank")!.id);
  return toXlsxBuffer(book);
}

describeWithLibreOffice("the seating sheets print as a planner needs them (LibreOffice)", () => {
  it("prints the rostrum on its first page and every table tent on a page of its own", async () => {
    const file = path.join(__dirname, "../../samples/annual-work-conference.zh.xlsx");
    const r = await fillSeating(createXlsxGateway(await openXlsxFile(file)), { dryRun: true });
    const dais = r.plan.sheets.find((s) => s.owner === "daisSeating")!;
    const tents = r.dais.rows.reduce((n, row) => n + row.seats.length, 0);
    expect(tents).toBeGreaterThan(3);
    const pages = pdfPageCounts({ dais: await alone(dais) });
    expect(pages.dais).toBe(1 + tents);
  }, 240_000);
});
