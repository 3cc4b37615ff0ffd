import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../../../src/core/cellValue";
import type { SheetWrite } from "../../../src/core/plan/writePlan";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { bytesOf } from "../support/packageEdit";
import { write } from "../support/books";

/** A sheet as a formal document prints: a merged title in 黑体, a name turned both ways, A4 with GB/T 9704 margins and a page number. */
function documentSheet(rows: number): SheetWrite {
  const values: CellValue[][] = [
    ["关于召开年度工作会议的通知", "", "", ""],
    ...Array.from({ length: rows }, (_, r) => [`第${r + 1}行`, "张伟", "张伟", "A & B"]),
  ];
  return write("会议通知", "replace", {
    exists: false,
    owner: "notice",
    marker: "none",
    values: [{ row: 0, col: 0, values }],
    merges: [{ row: 0, col: 0, rows: 1, cols: 4 }],
    formats: [
      { range: { row: 0, col: 0, rows: 1, cols: 4 }, fontName: "黑体", fontSize: 22, horizontal: "center" },
      { range: { row: 1, col: 1, rows, cols: 1 }, rotation: 90 },
      { range: { row: 1, col: 2, rows, cols: 1 }, rotation: -90, fontName: "仿宋" },
    ],
    page: {
      paper: "A4",
      margins: { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 25 },
      footer: { left: "年度会议 && 论坛", center: "— &P —", right: "第 &P 页 共 &N 页" },
    },
  });
}

async function written(sheet: SheetWrite, direct = false): Promise<{ sheetXml: string; styles: string }> {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("参会人员").getCell("A1").value = "姓名";
  const book = await openXlsxBuffer(await bytesOf(excel), "book.xlsx", direct ? { writeDirectAbove: 10 } : {});
  await createXlsxGateway(book).apply({ sheets: [sheet] });
  const zip = await JSZip.loadAsync(await toXlsxBuffer(book));
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = /<sheet [^>]*name="会议通知"[^>]*r:id="(rId\d+)"/.exec(wb)![1];
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="/?(?:xl/)?([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  return { sheetXml: await zip.file(`xl/${target}`)!.async("string"), styles: await zip.file("xl/styles.xml")!.async("string") };
}

describe.each([
  ["through ExcelJS", false],
  ["written directly", true],
])("a sheet's print settings and document formats reach the file (%s)", (_, direct) => {
  let xml: { sheetXml: string; styles: string };
  beforeAll(async () => {
    xml = await written(documentSheet(direct ? 40 : 5), direct);
  });

  it("prints on A4 with the margins asked for, in inches", () => {
    expect(xml.sheetXml).toMatch(/<pageSetup[^>]*paperSize="9"/);
    const margins = /<pageMargins ([^>]*)\/>/.exec(xml.sheetXml)![1];
    expect(margins).toContain('top="1.457"');
    expect(margins).toContain('left="1.102"');
    expect(margins).toContain('footer="0.984"');
  });

  it("has a footer with the three parts and the page codes", () => {
    expect(xml.sheetXml).toContain("<oddFooter>&amp;L年度会议 &amp;&amp; 论坛&amp;C— &amp;P —&amp;R第 &amp;P 页 共 &amp;N 页</oddFooter>");
  });

  it("merges the title across the table", () => {
    expect(xml.sheetXml).toMatch(/<mergeCells count="1"><mergeCell ref="A1:D1"\/><\/mergeCells>/);
  });

  it("names the typefaces without the theme's scheme, and turns text both ways", () => {
    expect(xml.styles).toMatch(/<font>(?:(?!<\/font>).)*<name val="黑体"\/>(?:(?!<\/font>).)*<\/font>/s);
    const heiti = /<font>((?:(?!<\/font>).)*<name val="黑体"\/>(?:(?!<\/font>).)*)<\/font>/s.exec(xml.styles)![1];
    expect(heiti).toContain('<sz val="22"/>');
    expect(heiti).not.toContain("scheme");
    expect(xml.styles).toMatch(/<name val="仿宋"\/>/);
    expect(xml.styles).toMatch(/textRotation="90"/);
    // The file format says "downwards" as 91–180: -90° is 180.
    expect(xml.styles).toMatch(/textRotation="180"/);
  });
});

describe("a plan Excel would refuse is refused by the file adapter too, before anything is written", () => {
  it.each([
    [
      "overlapping merges",
      {
        merges: [
          { row: 0, col: 0, rows: 1, cols: 3 },
          { row: 0, col: 2, rows: 2, cols: 2 },
        ],
      },
    ],
    ["a value under a merge", { merges: [{ row: 1, col: 0, rows: 1, cols: 4 }] }],
    ["a rotation past 90°", { formats: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, rotation: 120 }] }],
    ["a footer part over 255 characters", { page: { footer: { left: "会".repeat(300) } } }],
  ] as const)("%s", async (_, change) => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("参会人员").getCell("A1").value = "姓名";
    const book = await openXlsxBuffer(await bytesOf(excel), "book.xlsx");
    const sheet = { ...documentSheet(3), ...change } as SheetWrite;
    await expect(createXlsxGateway(book).apply({ sheets: [sheet] })).rejects.toThrow(/会议通知/);
    expect(book.excel.worksheets.map((w) => w.name)).toEqual(["参会人员"]);
  });
});
