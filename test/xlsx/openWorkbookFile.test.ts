import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { openWorkbookFile } from "../../src/xlsx/openWorkbookFile";
import { WorkbookUnavailableError } from "../../src/workbook/gateway";

const dir = mkdtempSync(join(tmpdir(), "huiwu-open-any-"));

function file(name: string, data: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

async function rosterXlsx(): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("Roster").getCell("A1").value = "Name";
  return Buffer.from(await excel.xlsx.writeBuffer());
}

async function failure(path: string): Promise<WorkbookUnavailableError> {
  try {
    await openWorkbookFile(path);
  } catch (err) {
    expect(err).toBeInstanceOf(WorkbookUnavailableError);
    const e = err as WorkbookUnavailableError;
    expect(e.message).toContain(path);
    expect(e.messageZh).toContain(path);
    return e;
  }
  throw new Error("expected the file to be unavailable");
}

describe("openWorkbookFile", () => {
  it("reads a .csv as a list", async () => {
    const path = file("报名表.csv", iconv.encode("姓名,单位\r\n张伟,市财政局（办公室）\r\n", "gbk"));
    const { book, source } = await openWorkbookFile(path);
    expect(source).toEqual({ kind: "delimited", encoding: "gb18030", delimiter: ",", rows: 2 });
    expect(book.label).toBe(path);
    expect(book.excel.getWorksheet("报名表")?.getCell("B2").value).toBe("市财政局（办公室）");
  });

  it("reads .TSV and .Txt whatever the case of the extension", async () => {
    const tsv = await openWorkbookFile(file("Form Responses 1.TSV", "Name\tEmail\nZhang Wei\tzw@example.com\n"));
    expect(tsv.source).toEqual({ kind: "delimited", encoding: "utf-8", delimiter: "\t", rows: 2 });
    expect(tsv.book.excel.worksheets[0].name).toBe("Form Responses 1");
    const unicodeText = Buffer.from("\ufeff姓名\t单位\r\n张伟\t教育局\r\n", "utf16le");
    const txt = await openWorkbookFile(file("名单.Txt", unicodeText));
    expect(txt.source).toEqual({ kind: "delimited", encoding: "utf-16le", delimiter: "\t", rows: 2 });
  });

  it("opens an .xlsx as a workbook", async () => {
    const { book, source } = await openWorkbookFile(file("book.xlsx", await rosterXlsx()));
    expect(source).toEqual({ kind: "xlsx" });
    expect(book.excel.worksheets.map((w) => w.name)).toEqual(["Roster"]);
  });

  it("opens a .csv that is really an .xlsx as the workbook it is", async () => {
    const { book, source } = await openWorkbookFile(file("export.csv", await rosterXlsx()));
    expect(source).toEqual({ kind: "xlsx" });
    expect(book.excel.getWorksheet("Roster")?.getCell("A1").value).toBe("Name");
  });

  it("still refuses an old .xls, asking for .xlsx — also under a .csv name", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
    for (const name of ["old.xls", "old-export.csv"]) {
      const err = await failure(file(name, ole));
      expect(err.message).toMatch(/\(\.xls\); open it in Excel and save it as \.xlsx/);
      expect(err.messageZh).toMatch(/另存为 \.xlsx/);
    }
  });

  it("says so when the list is missing, a folder, or empty", async () => {
    expect((await failure(join(dir, "nowhere.csv"))).message).toMatch(/does not exist/);
    const folder = join(dir, "folder.csv");
    mkdirSync(folder);
    expect((await failure(folder)).message).toMatch(/folder/);
    const empty = await failure(file("empty.csv", ""));
    expect(empty.message).toMatch(/is empty: there is no list to read/);
    expect(empty.messageZh).toMatch(/是空文件/);
  });
});
