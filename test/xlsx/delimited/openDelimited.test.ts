import iconv from "iconv-lite";
import { openDelimitedBuffer } from "../../../src/xlsx/delimited/openDelimited";
import { checkSheetName } from "../../../src/xlsx/apply/excelNameRules";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { WorkbookUnavailableError } from "../../../src/workbook/gateway";

function sheetOf(buf: Uint8Array, fileName = "list.csv") {
  const opened = openDelimitedBuffer(buf, fileName);
  expect(opened.book.excel.worksheets).toHaveLength(1);
  return { ...opened, ws: opened.book.excel.worksheets[0] };
}

function sheetName(fileName: string): string {
  return sheetOf(Buffer.from("a,b\n"), fileName).ws.name;
}

function failure(buf: Uint8Array, fileName: string): WorkbookUnavailableError {
  try {
    openDelimitedBuffer(buf, fileName);
  } catch (err) {
    expect(err).toBeInstanceOf(WorkbookUnavailableError);
    const e = err as WorkbookUnavailableError;
    for (const text of [e.message, e.messageZh]) {
      expect(text).toContain(fileName);
      expect(text).not.toMatch(/\n/);
    }
    return e;
  }
  throw new Error("expected the list to be refused");
}

describe("openDelimitedBuffer: what lands in the sheet", () => {
  it("reads a GBK list from Chinese-locale Excel into a sheet named after the file", () => {
    const csv = "姓名,单位,手机\r\n张伟,市财政局（办公室）,13800138000\r\n李娜,教育局,13900139000\r\n";
    const { book, ws, encoding, delimiter, rows } = sheetOf(iconv.encode(csv, "gbk"), "报名表.csv");
    expect({ encoding, delimiter, rows }).toEqual({ encoding: "gb18030", delimiter: ",", rows: 3 });
    expect(ws.name).toBe("报名表");
    expect(book.label).toBe("报名表.csv");
    expect(ws.getCell("B2").value).toBe("市财政局（办公室）");
    expect(ws.getCell("C3").value).toBe("13900139000");
  });

  it("reads Excel's Unicode text (UTF-16LE, tab-separated) saved as .txt", () => {
    const txt = "\ufeff姓名\t单位\r\n张伟\t市财政局（办公室）\r\n";
    const { ws, encoding, delimiter } = sheetOf(Buffer.from(txt, "utf16le"), "Form Responses 1.txt");
    expect({ encoding, delimiter, name: ws.name }).toEqual({ encoding: "utf-16le", delimiter: "\t", name: "Form Responses 1" });
    expect(ws.getRow(2).values).toEqual([, "张伟", "市财政局（办公室）"]);
  });

  it("keeps the text of IDs, phone numbers, dates and thousands; converts plain numbers", () => {
    const csv = [
      "编号,身份证号,手机,国际号码,日期,金额,人数,单价,差额,长数字,指数",
      '007,110101199003071234,13800138000,+8613800138000,2026-03-15,"1,200",3,12.5,-0.75,1234567890123456,1e5',
    ].join("\n");
    const { ws } = sheetOf(Buffer.from(csv));
    expect(ws.getRow(2).values).toEqual([
      ,
      "007",
      "110101199003071234",
      "13800138000",
      "+8613800138000",
      "2026-03-15",
      "1,200",
      3,
      12.5,
      -0.75,
      "1234567890123456",
      "1e5",
    ]);
  });

  it("keeps spaces and other almost-numbers as text", () => {
    const { ws } = sheetOf(Buffer.from(" 12,12 ,12.,.5,00,-,1.2.3\n"));
    expect(ws.getRow(1).values).toEqual([, " 12", "12 ", "12.", ".5", "00", "-", "1.2.3"]);
  });

  it("leaves empty fields as empty cells, and the gateway reads them as ''", async () => {
    const { book, ws } = sheetOf(Buffer.from("姓名,单位,备注\n张伟,,素食\n,教育局,\n"), "名单.csv");
    expect(ws.getCell("B2").value).toBeNull();
    expect(ws.getRow(3).cellCount).toBe(2); // only A3 and B3 exist: B3 is the last value
    expect(ws.getCell("A3").value).toBeNull();
    const snapshot = await createXlsxGateway(book).read(["名单"]);
    expect(snapshot.sheets[0].values).toEqual([
      ["姓名", "单位", "备注"],
      ["张伟", "", "素食"],
      ["", "教育局", ""],
    ]);
  });

  it("starts every row at column A, even when its first field is empty", () => {
    const { ws } = sheetOf(Buffer.from("a,b\n,x\n"));
    expect(ws.getCell("B2").value).toBe("x");
    expect(ws.getCell("C2").value).toBeNull();
  });

  it("keeps an empty line between rows as an empty row", () => {
    const { ws, rows } = sheetOf(Buffer.from("a\n\nb\n\n\n"));
    expect(rows).toBe(3);
    expect([ws.getCell("A1").value, ws.getCell("A2").value, ws.getCell("A3").value]).toEqual(["a", null, "b"]);
  });

  it("survives saving as .xlsx: the ID and the phone are still text, the amount a number", async () => {
    const { book } = sheetOf(Buffer.from("身份证号,手机,编号,金额\n110101199003071234,13800138000,007,123456789\n"), "名单.csv");
    const reopened = await openXlsxBuffer(await toXlsxBuffer(book));
    const ws = reopened.excel.getWorksheet("名单")!;
    expect(ws.getRow(2).values).toEqual([, "110101199003071234", "13800138000", "007", 123456789]);
  });

  it("makes each column as wide as its text, Chinese counting double, within bounds", () => {
    const long = "很".repeat(40);
    const { ws } = sheetOf(Buffer.from(`2026年度工作会议参会人员名单,,\n姓名,单位,备注\n张伟,市人力资源和社会保障局,${long}\n`));
    expect(ws.getColumn(1).width).toBeUndefined(); // short names, and the title line spills over: Excel's default
    expect(ws.getColumn(2).width).toBe(24);
    expect(ws.getColumn(3).width).toBe(50);
  });
});

describe("openDelimitedBuffer: the sheet name", () => {
  it("is the base name without the extension, whatever the folders", () => {
    expect(sheetName("/home/me/报名表.csv")).toBe("报名表");
    expect(sheetName("C:\\Users\\me\\Downloads\\Form Responses 1.tsv")).toBe("Form Responses 1");
    expect(sheetName("名单.2026.csv")).toBe("名单.2026");
  });

  it("replaces the characters Excel refuses and drops apostrophes at the ends", () => {
    expect(sheetName("[2026] 会议: 名单*?.csv")).toBe("_2026_ 会议_ 名单__");
    expect(sheetName("'O'Brien's list'.csv")).toBe("O'Brien's list");
  });

  it("is cut to 31 characters, without splitting a character in two", () => {
    expect(sheetName(`${"会".repeat(40)}.csv`)).toBe("会".repeat(31));
    const name = sheetName(`${"a".repeat(30)}𠮷𠮷.csv`);
    expect(name).toBe("a".repeat(30));
    expect(sheetName(`${"a".repeat(30)}'b.csv`)).toBe("a".repeat(30));
  });

  it("is never empty nor the reserved History", () => {
    expect(sheetName(".csv")).toBe("Sheet1");
    expect(sheetName("'''.csv")).toBe("Sheet1");
    expect(sheetName("History.csv")).not.toMatch(/^history$/i);
    expect(sheetName("history.csv")).not.toMatch(/^history$/i);
  });

  it("is always one Excel accepts", () => {
    for (const f of ["a/b:c.csv", "x\\[y].tsv", "'''.csv", "History.txt", `${"'".repeat(5)}${"名".repeat(40)}.csv`, "?.csv"]) {
      const name = sheetName(f);
      expect(() => checkSheetName(name)).not.toThrow();
    }
  });
});

describe("openDelimitedBuffer: files that are not lists", () => {
  it("an empty file, or one holding only whitespace or delimiters", () => {
    for (const buf of [new Uint8Array(0), Buffer.from("  \r\n\t\r\n"), Buffer.from([0xff, 0xfe]), Buffer.from(",,,\r\n,,,\r\n")]) {
      const err = failure(buf, "空.csv");
      expect(err.message).toBe('"空.csv" is empty: there is no list to read.');
      expect(err.messageZh).toBe("“空.csv”是空文件，没有可读取的名单。");
    }
  });

  it("a binary file", () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from("IHDR")]);
    const utf8WithNul = Buffer.from("Name,Phone\nZhang Wei,138\0\n");
    const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : (i % 8) + 1)));
    for (const buf of [png, utf8WithNul, controls]) {
      const err = failure(buf, "photo.csv");
      expect(err.message).toMatch(/^"photo\.csv" is not a text list \(CSV\/TSV\)/);
      expect(err.messageZh).toMatch(/^“photo\.csv”不是文本名单（CSV\/TSV）/);
    }
  });

  it("a quoted field that never closes, with its line", () => {
    const err = failure(Buffer.from('姓名,备注\n张伟,"素食\n李娜,无\n'), "名单.csv");
    expect(err.message).toMatch(/line 2\b/);
    expect(err.messageZh).toMatch(/第 2 行/);
  });

  it("more columns than an Excel sheet has", () => {
    const err = failure(Buffer.from("a,".repeat(16_384) + "a\n"), "wide.csv");
    expect(err.message).toMatch(/too large/);
    expect(err.messageZh).toMatch(/16384 列/);
  });
});
