import ExcelJS from "exceljs";
import { createXlsxGateway, openXlsxBuffer } from "../../../src/xlsx";
import { dateToSerial } from "../../../src/xlsx/read/dateSerial";
import { bytesOf } from "../support/packageEdit";

/** Serials as a workbook stores them, with the format that makes ExcelJS read a date. */
async function readBack(serials: number[], format: string, date1904 = false): Promise<unknown[]> {
  const excel = new ExcelJS.Workbook();
  excel.properties.date1904 = date1904;
  const ws = excel.addWorksheet("Dates");
  serials.forEach((s, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = s;
    cell.numFmt = format;
  });
  const book = await openXlsxBuffer(await bytesOf(excel));
  expect(book.excel.getWorksheet("Dates")!.getCell(1, 1).value).toBeInstanceOf(Date);
  const snap = await createXlsxGateway(book).read(["Dates"]);
  return snap.sheets[0].values.map((r) => r[0]);
}

describe("dates are read as Excel serial numbers", () => {
  it("maps ExcelJS's UTC dates back to serials", () => {
    expect(dateToSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    expect(dateToSerial(new Date(Date.UTC(2026, 2, 15)))).toBe(46096);
    expect(dateToSerial(new Date(Date.UTC(2026, 2, 15, 14, 30)))).toBe(46096 + 14.5 / 24);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });

  it("uses the 1904 system's epoch when the workbook does", () => {
    expect(dateToSerial(new Date(Date.UTC(1904, 0, 1)), true)).toBe(0);
    expect(dateToSerial(new Date(Date.UTC(2026, 2, 15)), true)).toBe(46096 - 1462);
  });

  it("gives NaN for an invalid date rather than a wrong number", () => {
    expect(dateToSerial(new Date(Number.NaN))).toBeNaN();
  });

  it("reads whole days, including both sides of the fictitious 1900-02-29 (serial 60)", async () => {
    const serials = [1, 58, 59, 60, 61, 62, 25569, 46096];
    expect(await readBack(serials, "yyyy-mm-dd")).toEqual(serials);
  });

  it("reads times of day exactly", async () => {
    const serials = [46096.5, 46096.75, 46096 + 14 / 24 + 20 / 1440, 0.25, 46096 + 59 / 86400];
    const read = (await readBack(serials, "yyyy-mm-dd hh:mm:ss")) as number[];
    read.forEach((v, i) => expect(v).toBeCloseTo(serials[i], 10));
    expect(read[0]).toBe(46096.5);
    expect(read[3]).toBe(0.25);
  });

  it("reads a workbook in the 1904 date system", async () => {
    const serials = [0, 1, 44634, 44634.25];
    expect(await readBack(serials, "yyyy-mm-dd hh:mm", true)).toEqual(serials);
  });

  it("reads a time-only format as a fraction of a day", async () => {
    expect(await readBack([0.375, 0.6875], "hh:mm")).toEqual([0.375, 0.6875]);
  });
});
