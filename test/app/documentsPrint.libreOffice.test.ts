import path from "node:path";
import { writeDocuments } from "../../src/app/documents";
import { createXlsxGateway, openXlsxFile, toXlsxBuffer } from "../../src/xlsx";
import { hasLibreOffice, pdfPageCounts } from "../support/libreOffice";
import { singleSheetBook } from "../support/singleSheetBook";

const describeWithLibreOffice = hasLibreOffice() ? describe : describe.skip;

describeWithLibreOffice("LibreOffice opens and prints every document sheet", () => {
  let pages: Record<string, number>;
  let whole: Record<string, number>;
  const kinds = ["checklist", "minutes", "notice", "signIn", "badges"] as const;

  beforeAll(async () => {
    const book = await openXlsxFile(path.join(__dirname, "../../samples/annual-work-conference.zh.xlsx"));
    const gateway = createXlsxGateway(book);
    const r = await writeDocuments(gateway, { checklistToTasks: true });
    const books: Record<string, Buffer> = {};
    for (const kind of kinds) books[kind] = await singleSheetBook(r.plan.sheets.find((s) => s.owner === kind)!);
    pages = pdfPageCounts(books);
    whole = pdfPageCounts({ workbook: await toXlsxBuffer(book) });
  }, 300_000);

  it.each(kinds)("prints the %s sheet", (kind) => {
    expect(pages[kind]).toBeGreaterThan(0);
  });

  it("fits the notice and the minutes template on a few pages, and runs the 130-person sign-in sheet over several", () => {
    expect(pages.notice).toBeLessThanOrEqual(2);
    expect(pages.minutes).toBeLessThanOrEqual(3);
    expect(pages.signIn).toBeGreaterThan(2);
  });

  it("opens the whole written workbook, every sheet included", () => {
    expect(whole.workbook).toBeGreaterThan(Object.values(pages).reduce((a, b) => a + b, 0));
  });
});
