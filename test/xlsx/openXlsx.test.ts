import { mkdtempSync, mkdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { openXlsxBuffer, openXlsxFile } from "../../src/xlsx";
import { WorkbookUnavailableError } from "../../src/workbook/gateway";

const dir = mkdtempSync(join(tmpdir(), "huiwu-open-"));

function file(name: string, data: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** The first bytes of an OLE2 compound file: what .xls files and encrypted .xlsx files are. */
function oleBytes(extra = ""): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(extra, "utf16le"), Buffer.alloc(512)]);
}

async function validXlsx(): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("Roster").getCell("A1").value = "Name";
  return Buffer.from(await excel.xlsx.writeBuffer());
}

async function failure(open: () => Promise<unknown>): Promise<WorkbookUnavailableError> {
  try {
    await open();
  } catch (err) {
    expect(err).toBeInstanceOf(WorkbookUnavailableError);
    return err as WorkbookUnavailableError;
  }
  throw new Error("expected the workbook to be unavailable");
}

function expectOneLineNaming(err: WorkbookUnavailableError, name: string): void {
  for (const text of [err.message, err.messageZh]) {
    expect(text).toContain(name);
    expect(text).not.toMatch(/\n/);
    expect(text).not.toMatch(/\bat .*\.js/);
  }
  expect(err.messageZh).toMatch(/[\u4e00-\u9fff]/);
}

describe("opening files that are not usable .xlsx workbooks", () => {
  it("a missing file", async () => {
    const err = await failure(() => openXlsxFile(join(dir, "nowhere.xlsx")));
    expectOneLineNaming(err, "nowhere.xlsx");
    expect(err.message).toMatch(/does not exist/);
  });

  it("a folder", async () => {
    const folder = join(dir, "folder.xlsx");
    mkdirSync(folder);
    expectOneLineNaming(await failure(() => openXlsxFile(folder)), "folder.xlsx");
  });

  it("a CSV file", async () => {
    const path = file("roster.csv", "Name,Phone\nZhang San,13800138000\n");
    const err = await failure(() => openXlsxFile(path));
    expectOneLineNaming(err, "roster.csv");
    expect(err.message).toMatch(/not an Excel workbook/);
  });

  it("a CSV file someone renamed to .xlsx", async () => {
    expectOneLineNaming(await failure(() => openXlsxFile(file("renamed.xlsx", "Name,Phone\n"))), "renamed.xlsx");
  });

  it("a text file", async () => {
    expectOneLineNaming(await failure(() => openXlsxFile(file("notes.txt", "会议须知\n"))), "notes.txt");
  });

  it("a zero-byte file", async () => {
    const err = await failure(() => openXlsxFile(file("empty.xlsx", "")));
    expectOneLineNaming(err, "empty.xlsx");
    expect(err.message).toMatch(/empty/);
  });

  it("an old .xls workbook", async () => {
    const err = await failure(() => openXlsxFile(file("old.xls", oleBytes("Workbook"))));
    expectOneLineNaming(err, "old.xls");
    expect(err.message).toMatch(/\.xls\b/);
    expect(err.message).toMatch(/save it as \.xlsx/);
  });

  it("a password-protected workbook", async () => {
    const err = await failure(() => openXlsxFile(file("secret.xlsx", oleBytes("EncryptionInfo\0EncryptedPackage"))));
    expectOneLineNaming(err, "secret.xlsx");
    expect(err.message).toMatch(/password/);
  });

  it("a zip that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    const path = file("archive.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    expectOneLineNaming(await failure(() => openXlsxFile(path)), "archive.xlsx");
  });

  it("a binary .xlsb workbook", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.bin", "binary");
    const path = file("book.xlsb", await zip.generateAsync({ type: "nodebuffer" }));
    const err = await failure(() => openXlsxFile(path));
    expectOneLineNaming(err, "book.xlsb");
    expect(err.message).toMatch(/xlsb/);
  });

  it("a damaged (truncated) workbook", async () => {
    const whole = await validXlsx();
    const path = file("cut.xlsx", whole.subarray(0, Math.floor(whole.length / 2)));
    const err = await failure(() => openXlsxFile(path));
    expectOneLineNaming(err, "cut.xlsx");
  });

  it("a workbook whose sheet XML is broken", async () => {
    const zip = await JSZip.loadAsync(await validXlsx());
    zip.file("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=");
    const path = file("broken.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    expectOneLineNaming(await failure(() => openXlsxFile(path)), "broken.xlsx");
  });

  it("names bytes by the label given, or as 'workbook'", async () => {
    expectOneLineNaming(await failure(() => openXlsxBuffer(Buffer.from("a,b"), "upload.csv")), "upload.csv");
    expectOneLineNaming(await failure(() => openXlsxBuffer(new Uint8Array(0))), "workbook");
  });
});

describe("opening a real workbook", () => {
  it("reads it from a file and from bytes", async () => {
    const path = file("good.xlsx", await validXlsx());
    const book = await openXlsxFile(path);
    expect(book.label).toBe(path);
    expect(book.excel.worksheets.map((w) => w.name)).toEqual(["Roster"]);
    const fromBytes = await openXlsxBuffer(new Uint8Array(await validXlsx()));
    expect(fromBytes.excel.getWorksheet("Roster")?.getCell("A1").value).toBe("Name");
  });
});
