import ExcelJS from "exceljs";
import { openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { bytesOf, editParts, partText } from "../support/packageEdit";

/** Two sheets; the second has manual page breaks after rows 10 and 20, as Excel writes them. */
async function withBreaks(): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("Roster").getCell("A1").value = "Name";
  excel.addWorksheet("Sign-in").getCell("A30").value = "last";
  return editParts(await bytesOf(excel), {
    "xl/worksheets/sheet2.xml": (xml) =>
      xml.replace(
        "</worksheet>",
        `<rowBreaks count="2" manualBreakCount="2"><brk id="10" max="16383" man="1"/><brk id="20" max="16383" man="1"/></rowBreaks></worksheet>`,
      ),
  });
}

function breakIds(xml: string): number[] {
  return [...xml.matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
}

describe("manual page breaks of a sheet the plan does not touch", () => {
  it("are read back and saved again (ExcelJS alone drops them)", async () => {
    const data = await withBreaks();
    const alone = new ExcelJS.Workbook();
    await alone.xlsx.load(data as unknown as ArrayBuffer as Parameters<typeof alone.xlsx.load>[0]);
    expect(breakIds(await partText(await bytesOf(alone), "xl/worksheets/sheet2.xml"))).toEqual([]);

    const saved = await toXlsxBuffer(await openXlsxBuffer(data));
    const xml = await partText(saved, "xl/worksheets/sheet2.xml");
    expect(breakIds(xml)).toEqual([10, 20]);
    expect(xml).toMatch(/<brk id="10"[^>]* max="16383" man="1"/);
    expect(breakIds(await partText(saved, "xl/worksheets/sheet1.xml"))).toEqual([]);
  });
});
