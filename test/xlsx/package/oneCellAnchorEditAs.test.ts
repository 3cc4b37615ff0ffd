import ExcelJS from "exceljs";
import { openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { bytesOf, editParts, partText } from "../support/packageEdit";
import { validatePackages } from "../schemas/validateParts";

/** A 1×1 PNG: a venue logo, as far as the drawing part is concerned. */
const LOGO = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

/** A sheet with a logo anchored at one cell plus a size, the drawing part as Excel writes it. */
async function excelOneCellPicture(): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  const ws = excel.addWorksheet("Notice");
  ws.getCell("A1").value = "会议通知";
  const logo = excel.addImage({ buffer: LOGO as unknown as ExcelJS.Buffer, extension: "png" });
  ws.addImage(logo, { tl: { col: 3, row: 1 }, ext: { width: 96, height: 48 } });
  ws.addImage(logo, { tl: { col: 6, row: 1 }, br: { col: 8, row: 4 }, editAs: "oneCell" } as unknown as ExcelJS.ImageRange);
  return editParts(await bytesOf(excel), {
    // Excel's one-cell anchor has no editAs: only a two-cell anchor can move or size with cells.
    "xl/drawings/drawing1.xml": (xml) => xml.replace(/<xdr:oneCellAnchor editAs="[^"]*">/g, "<xdr:oneCellAnchor>"),
  });
}

describe("a picture anchored at one cell", () => {
  it("is saved without editAs, so the drawing is one Excel opens without repairing", async () => {
    const input = await excelOneCellPicture();
    const saved = await toXlsxBuffer(await openXlsxBuffer(input));
    const drawing = await partText(saved, "xl/drawings/drawing1.xml");
    expect(drawing).toMatch(/<xdr:oneCellAnchor><xdr:from><xdr:col>3<\/xdr:col>/);
    expect(drawing).toMatch(/<xdr:twoCellAnchor editAs="oneCell">/);
    const report = await validatePackages({ saved });
    expect(report.errors).toEqual([]);
    expect(report.validated).toContain("saved:xl/drawings/drawing1.xml");
  });

  it("keeps its place and size", async () => {
    const saved = await toXlsxBuffer(await openXlsxBuffer(await excelOneCellPicture()));
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(saved as unknown as ExcelJS.Buffer);
    const [oneCell] = excel.getWorksheet("Notice")!.getImages();
    expect(oneCell.range.tl).toMatchObject({ nativeCol: 3, nativeRow: 1 });
    expect((oneCell.range as unknown as { ext: { width: number; height: number } }).ext).toEqual({ width: 96, height: 48 });
  });
});
