import { ownershipStamp } from "../../src/workbook/ownership";
import { mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { createXlsxGateway, openXlsxBuffer, openXlsxFile, saveXlsxFile, toXlsxBuffer } from "../../src/xlsx";
import { bytesOf, partText } from "./support/packageEdit";
import { write } from "./support/books";

async function book() {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("Roster").getCell("A1").value = "Name";
  return openXlsxBuffer(await bytesOf(excel));
}

describe("saving", () => {
  it("writes the file in one step and leaves nothing else behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huiwu-save-"));
    const path = join(dir, "会务 2026.xlsx");
    const b = await book();
    await createXlsxGateway(b).apply({
      sheets: [write("Issues", "replace", { exists: false, owner: "issues", values: [{ row: 0, col: 0, values: [["ok"]] }] })],
    });
    await saveXlsxFile(b, path);
    expect(readdirSync(dir)).toEqual(["会务 2026.xlsx"]);
    const again = await createXlsxGateway(await openXlsxFile(path)).read(["Issues"]);
    expect(again.sheets[0].values).toEqual([["ok"]]);
    // The marker survives the save with its stamp, which still matches what A1 holds.
    expect(again.owned).toEqual([{ kind: "issues", name: "Issues", stamp: ownershipStamp("issues", "ok"), a1: "ok" }]);
  });

  it("asks Excel to calculate on opening once formulas were written, and keeps asking until it has", async () => {
    const b = await book();
    expect(await partText(await toXlsxBuffer(b), "xl/workbook.xml")).not.toMatch(/fullCalcOnLoad/);
    const report = createXlsxGateway(b).apply({
      sheets: [write("Sums", "create", { formulas: [{ row: 0, col: 0, formulas: [["=1+1"]] }] })],
    });
    await report;
    const saved = await toXlsxBuffer(b);
    expect(await partText(saved, "xl/workbook.xml")).toMatch(/fullCalcOnLoad="1"/);
    const reopened = await toXlsxBuffer(await openXlsxBuffer(saved));
    expect(await partText(reopened, "xl/workbook.xml")).toMatch(/fullCalcOnLoad="1"/);
  });

  it("reports one request and its progress", async () => {
    const b = await book();
    const progress: unknown[] = [];
    const report = await createXlsxGateway(b).apply({ sheets: [write("A", "create")] }, (p) => progress.push(p));
    expect(report).toEqual({ requests: 1, sheets: ["A"] });
    expect(progress).toEqual([{ done: 1, total: 1 }]);
  });
});
