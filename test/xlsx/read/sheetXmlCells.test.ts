import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { PassThrough } from "node:stream";
import type { CellValue } from "../../../src/core/cellValue";
import type { SheetSnapshot } from "../../../src/workbook/gateway";
import { readSheetEntries } from "../../../src/xlsx/package/workbookParts";
import { parseSharedStrings, readSharedStrings } from "../../../src/xlsx/read/sharedStrings";
import { readSheetCells, scanSheetPart, sheetXmlCells } from "../../../src/xlsx/read/sheetXmlCells";
import { sheetSnapshot, snapshotOfCells, type FoundCell } from "../../../src/xlsx/read/usedRange";

// ---------------------------------------------------------------------------------------------
// Reading a saved workbook both ways

interface BothWays {
  /** The reference: the sheet as ExcelJS loads it. */
  expected: SheetSnapshot;
  /** The sheet read from its part's XML as it inflates. */
  actual: SheetSnapshot;
  streamed: FoundCell[];
  whole: FoundCell[];
}

async function loadedByExcelJS(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return loaded;
}

async function readBothWays(bytes: Buffer): Promise<BothWays> {
  const loaded = await loadedByExcelJS(bytes);
  const expected = sheetSnapshot(loaded.worksheets[0], loaded.properties.date1904 ?? false);
  const zip = await JSZip.loadAsync(bytes);
  const [entry] = await readSheetEntries(zip);
  const strings = await readSharedStrings(zip);
  const streamed = await readSheetCells(zip, entry.part!, strings);
  const whole = sheetXmlCells(await zip.file(entry.part!)!.async("string"), strings);
  // snapshotOfCells takes the strays out of the array it is given: give it a copy.
  return { expected, actual: snapshotOfCells(entry.name, [...streamed]), streamed, whole };
}

/** Numbers within 1e-7 days count as equal: ExcelJS rounds a date to the millisecond, the XML reader does not. */
function expectSameSnapshot(actual: SheetSnapshot, expected: SheetSnapshot): void {
  const values = actual.values.map((row, r) =>
    row.map((v, c) => {
      const e = expected.values[r]?.[c];
      return typeof v === "number" && typeof e === "number" && Math.abs(v - e) <= 1e-7 ? e : v;
    }),
  );
  // Jest's deep equality takes seconds over 100,000 cells: compare the text first, diff only on a mismatch.
  const close = { ...actual, values };
  if (JSON.stringify(close) !== JSON.stringify(expected)) expect(close).toEqual(expected);
}

/** The same cells in the same order, reporting the first that differs. */
function expectSameCells(actual: FoundCell[], expected: FoundCell[]): void {
  expect(actual.length).toBe(expected.length);
  const at = actual.findIndex((f, i) => JSON.stringify(f) !== JSON.stringify(expected[i]));
  if (at >= 0) expect({ at, cell: actual[at] }).toEqual({ at, cell: expected[at] });
}

/** A workbook ExcelJS saves with a shared strings table, the way Excel does. */
async function savedWithSharedStrings(build: (ws: ExcelJS.Worksheet) => void, date1904 = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  build(wb.addWorksheet("参会人员"));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A workbook saved with its text in the cells (t="str", rich text as t="inlineStr"). Only
 * ExcelJS's streaming writer does that: xlsx.writeBuffer ignores { useSharedStrings: false }.
 */
async function savedWithInlineStrings(build: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet("参会人员");
  build(ws);
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------
// Random sheets

interface Written {
  row: number;
  col: number;
  value: ExcelJS.CellValue;
  numFmt?: string;
}

const textUnit = fc.constantFrom(..."张伟李娜会务市财政局山田ヤマダ한국éaZz09".split(""), " ", "\n", "\t", "&", "<", ">", '"', "'", "😀");
const text = fc.string({ unit: textUnit, maxLength: 12 });
const paddedText = fc.tuple(fc.constantFrom("", " ", "  ", "\n"), text, fc.constantFrom("", " ", "\n ")).map(([a, b, c]) => a + b + c);
const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
// Whole milliseconds in Excel's date range; ExcelJS can only hand back whole milliseconds.
const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true });
const dateFormat = fc.constantFrom("yyyy-mm-dd", "yyyy/m/d h:mm", "m/d/yy");
const errorText = fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!");
const richText = fc
  .array(fc.record({ text, bold: fc.boolean() }), { minLength: 1, maxLength: 3 })
  .map((runs) => ({ richText: runs.map((r) => (r.bold ? { text: r.text, font: { bold: true } } : { text: r.text })) }));
const formulaText = fc.constantFrom("A1+1", 'A1&"<b>"', "SUM(A1:B2)", "TODAY()", "1/0");

const content: fc.Arbitrary<Pick<Written, "value" | "numFmt">> = fc.oneof(
  paddedText.map((value) => ({ value })),
  number.map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc.tuple(date, dateFormat).map(([value, numFmt]) => ({ value, numFmt })),
  // Not 0 or FALSE: ExcelJS's reading loses those results (see the disagreements below).
  fc
    .tuple(
      formulaText,
      number.filter((n) => n !== 0),
    )
    .map(([formula, result]) => ({ value: { formula, result } })),
  fc.tuple(formulaText, paddedText).map(([formula, result]) => ({ value: { formula, result } })),
  formulaText.map((formula) => ({ value: { formula, result: true } })),
  fc.tuple(formulaText, errorText).map(([formula, error]) => ({ value: { formula, result: { error } } })),
  fc.tuple(formulaText, date).map(([formula, result]) => ({ value: { formula, result }, numFmt: "yyyy-mm-dd" })),
  formulaText.map((formula) => ({ value: { formula } }) as Pick<Written, "value">),
  richText.map((value) => ({ value })),
  text.map((t) => ({ value: { text: t || "link", hyperlink: "https://example.com/?a=1&b=<2>" } })),
  errorText.map((error) => ({ value: { error } })),
) as fc.Arbitrary<Pick<Written, "value" | "numFmt">>;

const cells = fc.uniqueArray(
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 20 }), content).map(([row, col, c]) => ({ row, col, ...c })),
  { minLength: 1, maxLength: 30, selector: (w) => `${w.row},${w.col}` },
);

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const merges = fc
  .array(
    fc
      .tuple(
        fc.integer({ min: 1, max: 38 }),
        fc.integer({ min: 1, max: 18 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
      )
      .filter(([, , h, w]) => h + w > 0)
      .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w })),
    { maxLength: 3 },
  )
  // ExcelJS refuses a merge that overlaps another.
  .map((all) =>
    all.filter((m, i) => all.slice(0, i).every((o) => m.bottom < o.top || m.top > o.bottom || m.right < o.left || m.left > o.right)),
  );

// A value typed far away by accident, which the used range leaves out as a stray (ZZ5000 is
// far enough, and cheap to save; XFD1048576 has its own test).
const farCell = fc.option(fc.constant([5_000, 702]), { nil: undefined, freq: 4 });

const randomSheet = fc.record({ cells, merges, far: farCell });

function fill(ws: ExcelJS.Worksheet, sheet: { cells: Written[]; merges: Merge[]; far?: readonly number[] }): void {
  for (const w of sheet.cells) {
    const cell = ws.getCell(w.row, w.col);
    cell.value = w.value;
    if (w.numFmt) cell.numFmt = w.numFmt;
  }
  if (sheet.far) ws.getCell(sheet.far[0], sheet.far[1]).value = "x";
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
}

describe("a worksheet read from its XML gives what ExcelJS's reading gives", () => {
  it("for random cells saved with a shared strings table, in either date system", async () => {
    await fc.assert(
      fc.asyncProperty(randomSheet, fc.boolean(), async (sheet, date1904) => {
        const r = await readBothWays(await savedWithSharedStrings((ws) => fill(ws, sheet), date1904));
        expectSameSnapshot(r.actual, r.expected);
        expect(r.whole).toEqual(r.streamed);
      }),
      { numRuns: 40 },
    );
  });

  it("for random cells saved with their text in the cells", async () => {
    await fc.assert(
      fc.asyncProperty(randomSheet, async (sheet) => {
        const r = await readBothWays(await savedWithInlineStrings((ws) => fill(ws, sheet)));
        expectSameSnapshot(r.actual, r.expected);
        expect(r.whole).toEqual(r.streamed);
      }),
      { numRuns: 40 },
    );
  });

  it("leaves a value typed at XFD1048576 out as a stray, as ExcelJS's reading does", async () => {
    const r = await readBothWays(
      await savedWithSharedStrings((ws) => {
        ws.getCell("B2").value = "姓名";
        ws.getCell("B3").value = "张伟";
        ws.getCell("XFD1048576").value = "x";
      }),
    );
    expect(r.actual).toEqual({ name: "参会人员", top: 1, left: 1, values: [["姓名"], ["张伟"]], strays: ["XFD1048576"] });
    expect(r.actual).toEqual(r.expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Sheet XML ExcelJS never writes

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A minimal package around one sheet part, the way another program might write it. */
async function packageOf(sheetData: string, tail: string, sharedStrings: string): Promise<JSZip> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file("xl/worksheets/sheet1.xml", sheetXml(sheetData, tail));
  zip.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${sharedStrings}</sst>`);
  // Saved and opened again, so the sheet part really is inflated from deflated bytes.
  return JSZip.loadAsync(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

function sheetXml(sheetData: string, tail = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1"/><sheetData>${sheetData}</sheetData>${tail}</worksheet>`;
}

/** The cells of hand-written sheet XML, read from a package; reading the whole text must agree. */
async function cellsOf(sheetData: string, { tail = "", sharedStrings = "" } = {}): Promise<FoundCell[]> {
  const zip = await packageOf(sheetData, tail, sharedStrings);
  const streamed = await readSheetCells(zip, "xl/worksheets/sheet1.xml", await readSharedStrings(zip));
  expect(sheetXmlCells(sheetXml(sheetData, tail), parseSharedStrings(sharedStrings))).toEqual(streamed);
  return streamed;
}

async function valueOf(cellXml: string, sharedStrings = ""): Promise<CellValue | undefined> {
  const found = await cellsOf(`<row r="1">${cellXml}</row>`, { sharedStrings });
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.value;
}

describe("sheet XML as other programs write it", () => {
  it("places cells and rows without an r attribute one after the other", async () => {
    const found = await cellsOf(
      `<row><c><v>1</v></c><c t="b"><v>0</v></c></row>` +
        `<row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row>` +
        `<row><c><v>5</v></c></row>`,
    );
    expect(found).toEqual([
      { row: 0, col: 0, value: 1 },
      { row: 0, col: 1, value: false },
      { row: 3, col: 2, value: 3 },
      { row: 3, col: 3, value: 4 },
      { row: 4, col: 0, value: 5 },
    ]);
  });

  it("reads a Japanese name without its phonetic guide", async () => {
    const si = `<si><t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><phoneticPr fontId="1"/></si>`;
    expect(await valueOf(`<c r="A1" t="s"><v>0</v></c>`, si)).toBe("山田");
  });

  it("joins the runs of a rich-text shared string, phonetic guides left out", async () => {
    const si =
      `<si><t>x</t></si>` +
      `<si><r><rPr><b/><sz val="11"/></rPr><t>张</t></r><r><t xml:space="preserve"> 伟 </t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></si>`;
    expect(await valueOf(`<c r="A1" t="s"><v>1</v></c>`, si)).toBe("张 伟 ");
  });

  it("decodes Excel's _xHHHH_ escapes and XML entities in every kind of stored text", async () => {
    const si = `<si><t>A_x0042_C</t></si><si><t>a&amp;b &lt;c&gt; &#x4E2D;&#25991;</t></si>`;
    expect(await valueOf(`<c r="A1" t="s"><v>0</v></c>`, si)).toBe("ABC");
    expect(await valueOf(`<c r="A1" t="s"><v>1</v></c>`, si)).toBe("a&b <c> 中文");
    expect(await valueOf(`<c r="A1" t="inlineStr"><is><t>line_x000D_\nbreak</t></is></c>`)).toBe("line\r\nbreak");
    expect(await valueOf(`<c r="A1" t="str"><f>A2</f><v>A_x0042_C &amp; D</v></c>`)).toBe("ABC & D");
  });

  it("reads an inline string, plain or in runs", async () => {
    expect(await valueOf(`<c r="A1" t="inlineStr"><is><t xml:space="preserve"> 会务 </t></is></c>`)).toBe(" 会务 ");
    expect(await valueOf(`<c r="A1" t="inlineStr"><is><r><t>会</t></r><r><rPr><i/></rPr><t>务</t></r></is></c>`)).toBe("会务");
  });

  it("reads a formula's text result, error and boolean cells", async () => {
    expect(await valueOf(`<c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>`)).toBe("ab");
    expect(await valueOf(`<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c>`)).toBe("#DIV/0!");
    expect(await valueOf(`<c r="A1" t="e"><v>#N/A</v></c>`)).toBe("#N/A");
    expect(await valueOf(`<c r="A1" t="b"><v>1</v></c>`)).toBe(true);
    expect(await valueOf(`<c r="A1" t="b"><f>1=2</f><v>0</v></c>`)).toBe(false);
  });

  it("reads numbers written in any form Excel accepts", async () => {
    expect(await valueOf(`<c r="A1" t="n"><v>-12.5</v></c>`)).toBe(-12.5);
    expect(await valueOf(`<c r="A1"><v>1.5E-3</v></c>`)).toBe(0.0015);
    expect(await valueOf(`<c r="A1" s="2"><v>13800138000</v></c>`)).toBe(13800138000);
  });

  it("reads an ISO date cell (t=d) as its serial number in the 1900 system", async () => {
    // 46096 is 2026-03-15, and 2026-12-10 is 270 days later.
    expect(await valueOf(`<c r="A1" t="d"><v>2026-12-10</v></c>`)).toBe(46366);
    expect(await valueOf(`<c r="A1" t="d"><v>2026-12-10T18:00:00</v></c>`)).toBe(46366.75);
  });

  it("does not count an empty <v>, or a cell with only a style, as holding a value", async () => {
    const found = await cellsOf(
      `<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v></v></c><c r="D1" t="s"><v/></c></row><row r="2"><c r="B2" s="3"/></row>`,
    );
    expect(found).toEqual([{ row: 0, col: 0, value: 1 }]);
    expect(snapshotOfCells("S", found)).toEqual({ name: "S", top: 0, left: 0, values: [[1]] });
  });

  it("counts a formula with no stored result as part of the used range, reading it as empty", async () => {
    const found = await cellsOf(
      `<row r="2"><c r="B2"><v>7</v></c><c r="D2"><f>NOW()</f></c></row><row r="3"><c r="C3"><f t="shared" si="0"/></c></row>`,
    );
    expect(found).toEqual([
      { row: 1, col: 1, value: 7 },
      { row: 1, col: 3, value: "" },
      { row: 2, col: 2, value: "" },
    ]);
    expect(snapshotOfCells("S", found)).toEqual({
      name: "S",
      top: 1,
      left: 1,
      values: [
        [7, "", ""],
        ["", "", ""],
      ],
    });
  });

  it("reads the covered cells of a merge as empty even when a value is stored there", async () => {
    const found = await cellsOf(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>`,
      { tail: `<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`, sharedStrings: `<si><t>会场</t></si><si><t>旧值</t></si>` },
    );
    expect(found).toEqual([
      { row: 0, col: 0, value: "会场" },
      { row: 0, col: 2, value: 3 },
    ]);
  });

  it("finds no cells in a part with an empty sheetData, or with no part at all", async () => {
    const zip = await packageOf("", "", "");
    zip.file("xl/worksheets/sheet2.xml", `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
    expect(await readSheetCells(zip, "xl/worksheets/sheet1.xml", [])).toEqual([]);
    expect(await readSheetCells(zip, "xl/worksheets/sheet2.xml", [])).toEqual([]);
    expect(await readSheetCells(zip, "xl/worksheets/missing.xml", [])).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Where ExcelJS's reading is wrong and the XML reader right. Each is marked DISAGREEMENT and
// its agreeing test is `it.failing`: it starts to fail once the two agree.

describe("a formula's stored result of 0 or FALSE", () => {
  // ExcelJS's Cell.value drops a falsy result (FormulaValue._copyModel); read/cellValue.ts takes cell.result.
  const build = (ws: ExcelJS.Worksheet) => {
    ws.getCell("A1").value = { formula: "SUM(C1:C2)", result: 0 };
    ws.getCell("B1").value = { formula: "1=2", result: false };
  };

  it("reads as 0 and FALSE both ways", async () => {
    const both = await readBothWays(await savedWithSharedStrings(build));
    expect(both.actual.values).toEqual([[0, false]]);
    expect(both.expected.values).toEqual([[0, false]]);
  });
});

const ExcelJSWrong: { what: string; build: (ws: ExcelJS.Worksheet) => void; reads: CellValue[][] }[] = [
  {
    // ExcelJS turns the number into an Invalid Date (past ±8.64e15 ms), and the cell is lost.
    what: "a phone number typed into a date-formatted cell",
    build: (ws) => {
      ws.getCell("A1").value = 13800138000;
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    },
    reads: [[13800138000]],
  },
  {
    // ExcelJS decodes the entities of a t="str" value a second time: <v>&amp;amp;</v> reads "&".
    what: 'a formula\'s text result "&amp;"',
    build: (ws) => (ws.getCell("A1").value = { formula: "A2", result: "R&amp;D" }),
    reads: [["R&amp;D"]],
  },
  {
    // ExcelJS decodes _xHHHH_ in shared strings only; Excel decodes it in a t="str" value too.
    what: "a formula's text result holding an _x0041_ escape",
    build: (ws) => (ws.getCell("A1").value = { formula: "A2", result: "_x0041_BC" }),
    reads: [["ABC"]],
  },
];

describe.each(ExcelJSWrong)("DISAGREEMENT: $what", ({ build, reads }) => {
  it("reads as Range.values shows it", async () => {
    expect((await readBothWays(await savedWithSharedStrings(build))).actual.values).toEqual(reads);
  });

  it.failing("and ExcelJS's reading gives the same", async () => {
    expect((await readBothWays(await savedWithSharedStrings(build))).expected.values).toEqual(reads);
  });
});

describe("a raw carriage return in stored text", () => {
  // ExcelJS writes a typed "\r\n" raw into the XML; an XML parser (ExcelJS's, and Excel's) reads a
  // raw CR or CRLF as LF.
  const saved = () =>
    savedWithSharedStrings((ws) => {
      ws.getCell("A1").value = "北京\r\n上海";
      ws.getCell("B1").value = { formula: "A1", result: "a\rb" };
    });

  it("reads as a line feed in ExcelJS's reading", async () => {
    expect((await readBothWays(await saved())).expected.values).toEqual([["北京\n上海", "a\nb"]]);
  });

  it("and in the XML reader's (XML's end-of-line rule), while an escaped &#13; stays a CR", async () => {
    expect((await readBothWays(await saved())).actual.values).toEqual([["北京\n上海", "a\nb"]]);
    const xml = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a&#13;\r\nb</t></is></c></row></sheetData></worksheet>`;
    expect(sheetXmlCells(xml, []).map((f) => f.value)).toEqual(["a\r\nb"]);
  });
});

// ---------------------------------------------------------------------------------------------
// A big sheet, inflated in many chunks

describe("a big sheet read as it inflates", () => {
  const ROWS = 20_000;

  it("gives exactly the cells of its whole text, and what ExcelJS's reading gives, with chunks cut inside characters", async () => {
    const bytes = await savedWithInlineStrings((ws) => {
      ws.getCell(1, 1).value = "姓名";
      ws.getCell(1, 2).value = "单位";
      ws.getCell(1, 3).value = "金额";
      ws.getCell(1, 4).value = "报到日期";
      ws.getCell(1, 5).value = "已缴费";
      for (let i = 2; i <= ROWS; i++) {
        const row = ws.getRow(i);
        row.getCell(1).value = i % 11 === 0 ? { richText: [{ text: "张", font: { bold: true } }, { text: `伟${i}` }] } : `李娜${i}`;
        row.getCell(2).value = i % 7 === 0 ? null : `市财政局第${i % 97}处 & <会务组>`;
        row.getCell(3).value = i % 13 === 0 ? { formula: `C${i - 1}*2`, result: i * 3 } : i * 1.25;
        row.getCell(4).value = new Date(Date.UTC(2026, 2, 15) + (i % 300) * 86_400_000 + (i % 24) * 3_600_000);
        row.getCell(4).numFmt = "yyyy-mm-dd hh:mm";
        row.getCell(5).value = i % 3 === 0;
        row.commit();
      }
    });
    const zip = await JSZip.loadAsync(bytes);
    const part = (await readSheetEntries(zip))[0].part!;

    // The test is only worth something if the part arrives in many chunks, some cut inside a character.
    const chunks: Buffer[] = [];
    await new Promise((resolve, reject) =>
      zip
        .file(part)!
        .nodeStream("nodebuffer")
        .on("data", (c: Buffer) => chunks.push(c))
        .on("end", resolve)
        .on("error", reject),
    );
    expect(chunks.length).toBeGreaterThan(50);
    expect(chunks.slice(1).filter((c) => (c[0] & 0xc0) === 0x80).length).toBeGreaterThan(0);

    const streamed = await readSheetCells(zip, part, []);
    expect(streamed).toHaveLength(ROWS * 5 - Math.floor(ROWS / 7));
    expectSameCells(streamed, sheetXmlCells(Buffer.concat(chunks).toString("utf8"), []));

    const loaded = await loadedByExcelJS(bytes);
    expectSameSnapshot(snapshotOfCells("参会人员", streamed), sheetSnapshot(loaded.worksheets[0], false));
  });
});

describe("a part cut into chunks anywhere", () => {
  const XML =
    `<worksheet xmlns="${MAIN}"><dimension ref="A1:B3"/><sheetData>` +
    `<row r="1"><c r="A1" t="inlineStr"><is><t>北京市人民政府</t></is></c><c r="B1"><v>1.5</v></c></row>` +
    `<row r="2"/><row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="b"><v>1</v></c></row>` +
    `</sheetData><mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells></worksheet>`;
  const EMPTY = `<worksheet xmlns="${MAIN}"><sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

  /** A zip whose one part streams in the given pieces of its bytes, as inflating hands them over. */
  function streaming(bytes: Buffer, cuts: number[]): JSZip {
    const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    const pieces = [0, ...points, bytes.length].slice(1).map((end, i, all) => bytes.subarray(i === 0 ? 0 : all[i - 1], end));
    const file = {
      nodeStream: () => {
        const out = new PassThrough();
        setImmediate(() => {
          for (const p of [pieces[0] ?? Buffer.alloc(0), ...pieces.slice(1)]) out.write(p);
          out.end();
        });
        return out;
      },
    };
    return { file: () => file } as unknown as JSZip;
  }

  it("gives the same cells, head and tail wherever the cuts fall, inside a tag or a character", async () => {
    for (const xml of [XML, EMPTY]) {
      const bytes = Buffer.from(xml, "utf8");
      const whole = await scanSheetPart(streaming(bytes, []), "p", ["上海"]);
      expect(whole!.tail).toContain("<mergeCell ");
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat(bytes.length), { maxLength: 12 }), async (cuts) => {
          expect(await scanSheetPart(streaming(bytes, cuts), "p", ["上海"])).toEqual(whole);
        }),
        { numRuns: 300 },
      );
    }
  });

  it("cut right after <sheetData of an empty sheet, still keeps the merges after it", async () => {
    const bytes = Buffer.from(EMPTY, "utf8");
    const at = EMPTY.indexOf("<sheetData") + "<sheetData".length;
    const scanned = await scanSheetPart(streaming(bytes, [at]), "p", []);
    expect(scanned).toEqual({
      found: [],
      head: expect.stringContaining("<worksheet"),
      tail: expect.stringContaining('<mergeCell ref="A1:B1"/>'),
    });
  });
});
