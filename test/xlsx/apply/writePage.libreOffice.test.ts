import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/core/cellValue";
import type { PageSetup } from "../../../src/core/plan/writePlan";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { hasLibreOffice, pdfPageCounts } from "../../support/libreOffice";
import { bytesOf } from "../support/packageEdit";
import { write } from "../support/books";

const describeWithLibreOffice = hasLibreOffice() ? describe : describe.skip;

/** A workbook whose only sheet is the one written (LibreOffice prints every sheet). */
async function printed(rows: CellValue[][], page: PageSetup | undefined, widths: number[] = []): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("Print").getCell("A1").value = "old";
  const book = await openXlsxBuffer(await bytesOf(excel));
  await createXlsxGateway(book).apply({
    sheets: [
      write("Print", "replace", {
        exists: true,
        owner: "tableChart",
        marker: "none",
        values: [{ row: 0, col: 0, values: rows }],
        columnWidths: widths.map((width, col) => ({ col, width })),
        page,
      }),
    ],
  });
  return toXlsxBuffer(book);
}

describeWithLibreOffice("LibreOffice prints what the adapter's print settings say", () => {
  let pages: Record<string, number>;

  beforeAll(async () => {
    // Six tables of five seats: short enough for one page without breaks.
    const tents = Array.from({ length: 30 }, (_, r) => [`第${Math.floor(r / 5) + 1}桌`, `座位 ${(r % 5) + 1}`]);
    const wide = Array.from({ length: 10 }, (_, r) => Array.from({ length: 30 }, (_, c) => `R${r + 1}C${c + 1} 参会人员`));
    const widths = new Array<number>(30).fill(16);
    pages = pdfPageCounts({
      breaks: await printed(tents, { breaksBefore: [5, 10, 15, 20, 25] }),
      noBreaks: await printed(tents, undefined),
      fitted: await printed(wide, { fitToWidth: true }, widths),
      unfitted: await printed(wide, undefined, widths),
      // Ten rows at 15 % (2,632 pt of columns in about 400), a break before every other row: one page wide, five tall.
      scaled: await printed(wide, { scale: 15, breaksBefore: [2, 4, 6, 8] }, widths),
    });
  }, 240_000);

  it("starts a new page at each break: 5 breaks, 6 pages", () => {
    expect(pages.noBreaks).toBe(1);
    expect(pages.breaks).toBe(6);
  });

  it("keeps a 30-column sheet one page wide when fitted to width", () => {
    expect(pages.unfitted).toBeGreaterThan(1);
    expect(pages.fitted).toBe(1);
  });

  it("prints at a sheet's own scale one page wide and keeps its breaks", () => {
    expect(pages.scaled).toBe(5);
  });
});
