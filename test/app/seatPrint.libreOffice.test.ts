import path from "node:path";
import { fillSeating } from "../../src/app/seat";
import { createXlsxGateway, openXlsxFile } from "../../src/xlsx";
import { hasLibreOffice, pdfPageCounts } from "../support/libreOffice";
import { singleSheetBook } from "../support/singleSheetBook";

const describeWithLibreOffice = hasLibreOffice() ? describe : describe.skip;

describeWithLibreOffice("the seating sheets print as a planner needs them (LibreOffice)", () => {
  it("prints the rostrum on one page and every table tent on a page of its own", async () => {
    const file = path.join(__dirname, "../../samples/annual-work-conference.zh.xlsx");
    const r = await fillSeating(createXlsxGateway(await openXlsxFile(file)), { dryRun: true });
    const dais = r.plan.sheets.find((s) => s.owner === "daisSeating")!;
    const tentSheet = r.plan.sheets.find((s) => s.owner === "tableTents")!;
    const tents = r.dais.rows.reduce((n, row) => n + row.seats.length, 0);
    expect(tents).toBeGreaterThan(3);
    const pages = pdfPageCounts({ dais: await singleSheetBook(dais), tents: await singleSheetBook(tentSheet) });
    expect(pages).toEqual({ dais: 1, tents });
  }, 240_000);
});
