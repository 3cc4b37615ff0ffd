import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { check } from "../../src/app/check";
import { writeDocuments } from "../../src/app/documents";
import { allocateHotelRooms } from "../../src/app/rooms";
import { fillSeating } from "../../src/app/seat";
import { main } from "../../src/cli/main";
import type { WorkbookGateway } from "../../src/workbook/gateway";
import type { CliIO } from "../../src/cli/io";
import { createXlsxGateway, openXlsxBuffer, openXlsxFile, toXlsxBuffer } from "../../src/xlsx";
import { hasLibreOffice } from "../support/libreOffice";
import { validatePackages } from "./schemas/validateParts";
import { bytesOf, editParts, partText } from "./support/packageEdit";
import { readRawLinks, readRawPackage } from "./support/rawPackage";

/**
 * Every XML part huiwu writes is valid against the ECMA-376 Transitional schemas, whoever made
 * the workbook it started from: Excel is stricter than LibreOffice, and offers to "repair" (and
 * drops what it cannot read from) a part that is not.
 */

const SAMPLE = join(__dirname, "../../samples/annual-work-conference.zh.xlsx");
const quiet: CliIO = { lang: "en", out: () => undefined, err: () => undefined };

/** The kinds of part validated, from "label:part" names: "check:xl/worksheets/sheet3.xml" → "xl/worksheets/sheetN.xml". */
const kinds = (parts: string[]) => [...new Set(parts.map((p) => p.replace(/^[^:]*:/, "").replace(/\d+(?=\.xml)/, "N")))].sort();

describe("what huiwu check, seat, rooms and docs write from the sample", () => {
  it("is valid in every part", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huiwu-schema-"));
    const written: Record<string, Buffer> = {};
    for (const command of ["check", "seat", "rooms", "docs"]) {
      const out = join(dir, `${command}.xlsx`);
      expect(await main([command, SAMPLE, "--out", out, "--today", "2026-12-06"], quiet)).toBeLessThan(2);
      written[command] = readFileSync(out);
    }
    const report = await validatePackages(written);
    expect(report.errors).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(kinds(report.validated)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/app.xml",
      "docProps/core.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/tables/tableN.xml",
      "xl/theme/themeN.xml",
      "xl/workbook.xml",
      "xl/worksheets/_rels/sheetN.xml.rels",
      "xl/worksheets/sheetN.xml",
    ]);
    expect(report.validated.filter((p) => p.startsWith("docs:xl/worksheets/sheet"))).toHaveLength(12);
    // check's Issues sheet links only to other sheets: it has no relationships, and no empty .rels.
    for (const [command, data] of Object.entries(written)) {
      const zip = await JSZip.loadAsync(data);
      for (const part of Object.keys(zip.files).filter((p) => p.endsWith(".rels")))
        expect([command, part, await zip.file(part)!.async("string")]).toEqual([command, part, expect.stringContaining("<Relationship ")]);
    }
  }, 120_000);
});

it("is valid with every sheet read from its XML and every large sheet's cells written directly, as for a 100,000-person roster", async () => {
  const written: Record<string, Buffer> = {};
  for (const [command, run] of Object.entries(COMMANDS)) {
    const book = await openXlsxBuffer(readFileSync(SAMPLE), "sample", { deferSheetsAbove: 0, writeDirectAbove: 0 });
    await run(createXlsxGateway(book));
    if (command === "seat" || command === "docs") expect(book.source!.direct.size).toBeGreaterThan(0);
    written[command] = await toXlsxBuffer(book);
  }
  const report = await validatePackages(written);
  expect(report.errors).toEqual([]);
  expect(report.validated.filter((p) => p.startsWith("docs:xl/worksheets/sheet"))).toHaveLength(12);
}, 120_000);

const COMMANDS: Record<string, (g: WorkbookGateway) => Promise<unknown>> = {
  check: (g) => check(g, { today: "2026-12-06" }),
  seat: (g) => fillSeating(g, {}),
  rooms: (g) => allocateHotelRooms(g, {}),
  docs: (g) => writeDocuments(g, {}),
};

it("the validator finds what Excel would repair", async () => {
  const excel = new ExcelJS.Workbook();
  const logo = excel.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
  excel.addWorksheet("Notice").addImage(logo, { tl: { col: 1, row: 1 }, ext: { width: 10, height: 10 } });
  const broken = await editParts(await bytesOf(excel), {
    "xl/worksheets/sheet1.xml": (xml) => xml.replace(/<pageMargins [^>]*\/>/, (m) => `<sheetData/>${m}`),
  });
  const report = await validatePackages({ exceljs: broken });
  expect(report.errors).toEqual([
    expect.stringMatching(
      /^exceljs:xl\/drawings\/drawing1\.xml:\d+: .*oneCellAnchor', attribute 'editAs': The attribute 'editAs' is not allowed/,
    ),
    expect.stringMatching(/^exceljs:xl\/worksheets\/sheet1\.xml:\d+: .*Element '.*sheetData': This element is not expected/),
  ]);
});

describe("a workbook saved by Excel", () => {
  it("is valid as it comes, and after huiwu opens, changes and saves it", async () => {
    const input = await excelPackage();
    expect((await validatePackages({ input })).errors).toEqual([]);
    const book = await openXlsxBuffer(input);
    await createXlsxGateway(book).apply({
      sheets: [
        {
          name: "Index",
          mode: "create",
          exists: false,
          values: [{ row: 0, col: 0, values: [["Rooms"]] }],
          links: [{ row: 0, col: 0, sheet: "Rooms", cell: "A1", text: "Rooms" }],
        },
      ],
    });
    const saved = await toXlsxBuffer(book);
    const report = await validatePackages({ saved });
    expect(report.errors).toEqual([]);
    expect(await partText(saved, "xl/tables/table1.xml")).not.toMatch(/autoFilter/);
    expect(await partText(saved, "xl/drawings/drawing1.xml")).toMatch(/<xdr:oneCellAnchor>/);
    const snap = await createXlsxGateway(await openXlsxBuffer(saved)).read(["Rooms"]);
    expect(snap.sheets[0].values).toEqual([
      [" Zhang San", 1201],
      ["Li Si", 1202],
    ]);
  });
});

describe("a workbook from Google Sheets, with its text inline in the cells", () => {
  it("reads its text and is saved valid", async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("Roster").addRows([
      ["Name", "Seats"],
      ["Zhang San", 2],
      ["Li Si & Co. <VIP>", 1],
    ]);
    const input = await inlineStrings(await bytesOf(excel));
    expect(await partText(input, "xl/worksheets/sheet1.xml")).toMatch(
      /<c r="A3" t="inlineStr"><is><t>Li Si &amp; Co\. &lt;VIP&gt;<\/t><\/is><\/c>/,
    );
    expect((await validatePackages({ input })).errors).toEqual([]);
    const book = await openXlsxBuffer(input);
    expect((await createXlsxGateway(book).read(["Roster"])).sheets[0].values).toEqual([
      ["Name", "Seats"],
      ["Zhang San", 2],
      ["Li Si & Co. <VIP>", 1],
    ]);
    expect((await validatePackages({ saved: await toXlsxBuffer(book) })).errors).toEqual([]);
  });
});

(hasLibreOffice() ? describe : describe.skip)("a workbook saved by LibreOffice", () => {
  it("is saved valid, with its table, link and picture", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huiwu-lo-schema-"));
    const excel = new ExcelJS.Workbook();
    const ws = excel.addWorksheet("Rooms");
    ws.addTable({
      name: "RoomList",
      ref: "A1",
      columns: [{ name: "Room" }, { name: "Beds" }],
      rows: [
        ["1201", 2],
        ["1202", 1],
      ],
    });
    ws.getCell("D1").value = { text: "Roster", hyperlink: "#'Roster'!A1" };
    ws.addImage(excel.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), {
      tl: { col: 5, row: 2 },
      ext: { width: 20, height: 20 },
    });
    excel.addWorksheet("Roster").getCell("A1").value = "Name";
    // A planner opens what huiwu wrote in LibreOffice Calc, saves it, and runs huiwu again.
    writeFileSync(join(dir, "book.xlsx"), await toXlsxBuffer(await openXlsxBuffer(await bytesOf(excel)), { full: true }));
    execFileSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "xlsx",
        "--outdir",
        join(dir, "lo"),
        join(dir, "book.xlsx"),
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const resaved = join(dir, "lo", "book.xlsx");
    expect(await partText(readFileSync(resaved), "xl/tables/table1.xml")).not.toMatch(/tableStyleInfo/);
    const saved = await toXlsxBuffer(await openXlsxFile(resaved));
    const report = await validatePackages({ saved });
    expect(report.errors).toEqual([]);
    const zip = await JSZip.loadAsync(saved);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["xl/tables/table1.xml", "xl/drawings/drawing1.xml"]));
    expect(await readRawLinks(await readRawPackage(saved), "Rooms")).toEqual([{ ref: "D1", location: "'Roster'!A1" }]);
    const rooms = (await createXlsxGateway(await openXlsxBuffer(saved)).read(["Rooms"])).sheets[0];
    expect(rooms.values.slice(0, 3)).toEqual([
      ["Room", "Beds", "", "Roster"],
      ["1201", 2, "", ""],
      ["1202", 1, "", ""],
    ]);
  }, 180_000);
});

/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

/** Every shared string cell of each sheet turned into inline text, as Google Sheets exports. */
async function inlineStrings(data: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
  const strings = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(part)!.async("string");
    zip.file(
      part,
      xml.replace(
        /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
        (_, a: string, b: string, i: string) => `<c ${a}t="inlineStr"${b}><is>${strings[Number(i)]}</is></c>`,
      ),
    );
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  x14ac: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac",
  xr: "http://schemas.microsoft.com/office/spreadsheetml/2014/revision",
  xr3: "http://schemas.microsoft.com/office/spreadsheetml/2016/revision3",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
  officeRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const rels = (list: [id: string, type: string, target: string][]) =>
  `${DECL}<Relationships xmlns="${NS.rel}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${NS.officeRel}/${type}" Target="${target}"/>`).join("")}</Relationships>`;

/**
 * A minimal workbook the way Excel 365 writes one: extension namespaces under mc:Ignorable, a
 * room list formatted as a table without a header row (so no <autoFilter>), a logo in a
 * one-cell anchor without editAs, and text with a leading space kept by xml:space.
 */
async function excelPackage(): Promise<Buffer> {
  const zip = new JSZip();
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-${type}"/>`;
  zip.file(
    "[Content_Types].xml",
    `${DECL}<Types xmlns="${NS.ct}"><Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      override("/xl/workbook.xml", "officedocument.spreadsheetml.sheet.main+xml") +
      override("/xl/worksheets/sheet1.xml", "officedocument.spreadsheetml.worksheet+xml") +
      override("/xl/styles.xml", "officedocument.spreadsheetml.styles+xml") +
      override("/xl/sharedStrings.xml", "officedocument.spreadsheetml.sharedStrings+xml") +
      override("/xl/drawings/drawing1.xml", "officedocument.drawing+xml") +
      override("/xl/tables/table1.xml", "officedocument.spreadsheetml.table+xml") +
      override("/docProps/core.xml", "package.core-properties+xml") +
      override("/docProps/app.xml", "officedocument.extended-properties+xml") +
      "</Types>",
  );
  zip.file(
    "_rels/.rels",
    `${DECL}<Relationships xmlns="${NS.rel}"><Relationship Id="rId3" Type="${NS.officeRel}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${NS.officeRel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "docProps/core.xml",
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>会务组</dc:creator><cp:lastModifiedBy>会务组</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-02T01:12:09Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-20T08:40:51Z</dcterms:modified></cp:coreProperties>`,
  );
  zip.file(
    "docProps/app.xml",
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>Rooms</vt:lpstr></vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
  );
  zip.file(
    "xl/workbook.xml",
    `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="${NS.xr}" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28328"/><workbookPr defaultThemeVersion="202300"/><mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\会务\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><xr:revisionPtr revIDLastSave="0" documentId="8_{2B1E3C43-7E4A-4C55-9E0C-7D3C4C1A7B11}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/><bookViews><workbookView xWindow="-110" yWindow="-110" windowWidth="19420" windowHeight="10300" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews><sheets><sheet name="Rooms" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels([
      ["rId3", "sharedStrings", "sharedStrings.xml"],
      ["rId2", "styles", "styles.xml"],
      ["rId1", "worksheet", "worksheets/sheet1.xml"],
    ]),
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `${DECL}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="${NS.x14ac}" xmlns:xr="${NS.xr}" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="${NS.xr3}" xr:uid="{5F0C1E2A-3B4D-4E5F-8A9B-0C1D2E3F4A5B}"><dimension ref="A1:B2"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="14.5" x14ac:dyDescent="0.35"/><cols><col min="1" max="1" width="14.6328125" customWidth="1"/></cols><sheetData><row r="1" spans="1:2" x14ac:dyDescent="0.35"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1201</v></c></row><row r="2" spans="1:2" x14ac:dyDescent="0.35"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>1202</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts></worksheet>`,
  );
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels([
      ["rId2", "table", "../tables/table1.xml"],
      ["rId1", "drawing", "../drawings/drawing1.xml"],
    ]),
  );
  zip.file(
    "xl/tables/table1.xml",
    `${DECL}<table xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="xr xr3" xmlns:xr="${NS.xr}" xmlns:xr3="${NS.xr3}" id="1" xr:uid="{9A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9}" name="RoomList" displayName="RoomList" ref="A1:B2" headerRowCount="0" totalsRowShown="0"><tableColumns count="2"><tableColumn id="1" xr3:uid="{1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F1}" name="Column1"/><tableColumn id="2" xr3:uid="{2A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F2}" name="Column2"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  zip.file(
    "xl/drawings/drawing1.xml",
    `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="914400" cy="457200"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Picture 1" descr="Venue logo"><a:extLst><a:ext uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}"><a16:creationId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" id="{3C4D5E6F-7081-4293-A4B5-C6D7E8F90A1B}"/></a:ext></a:extLst></xdr:cNvPr><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${NS.r}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="2743200" y="0"/><a:ext cx="914400" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
  );
  zip.file("xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", "image", "../media/image1.png"]]));
  zip.file("xl/media/image1.png", PNG);
  zip.file(
    "xl/styles.xml",
    `${DECL}<styleSheet xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="${NS.x14ac}" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="${NS.xr}"><fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`,
  );
  zip.file(
    "xl/sharedStrings.xml",
    `${DECL}<sst xmlns="${NS.main}" count="2" uniqueCount="2"><si><t xml:space="preserve"> Zhang San</t></si><si><t>Li Si</t></si></sst>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
