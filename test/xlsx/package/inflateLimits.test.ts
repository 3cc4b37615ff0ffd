import ExcelJS from "exceljs";
import { openXlsxBuffer } from "../../../src/xlsx";
import { WorkbookUnavailableError } from "../../../src/workbook/gateway";

/** A real workbook whose zip declares that one part unpacks to `bytes`: a zip bomb, without building one. */
async function declaring(part: string, bytes: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("参会人员").addRows([["姓名"], ["张伟"]]);
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  const name = Buffer.from(part);
  // Central directory entries: signature PK\1\2, uncompressed size at +24, name length at +28, name at +46.
  for (let i = data.indexOf("PK\u0001\u0002"); i >= 0; i = data.indexOf("PK\u0001\u0002", i + 4)) {
    const len = data.readUInt16LE(i + 28);
    if (data.subarray(i + 46, i + 46 + len).equals(name)) data.writeUInt32LE(bytes, i + 24);
  }
  return data;
}

describe("a zip bomb", () => {
  it.each([600_000_000, 3_000_000_000])(
    "of %d bytes is refused by the size its zip declares, before anything is inflated",
    async (size) => {
      const data = await declaring("xl/worksheets/sheet1.xml", size);
      const before = process.memoryUsage().rss;
      const e = await openXlsxBuffer(data, "bomb.xlsx").then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(WorkbookUnavailableError);
      expect((e as Error).message).toMatch(/^Cannot open "bomb.xlsx": it would unpack to far more than any workbook holds/);
      expect(process.memoryUsage().rss - before).toBeLessThan(100 * 2 ** 20);
    },
  );

  it("a workbook of ordinary size opens", async () => {
    const wb = await openXlsxBuffer(await declaring("nothing", 0), "ok.xlsx");
    expect(wb.excel.worksheets.map((w) => w.name)).toEqual(["参会人员"]);
  });
});
