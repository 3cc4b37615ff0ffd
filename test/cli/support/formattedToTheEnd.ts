import JSZip from "jszip";

const contentTypes = (sheets: number) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${each(sheets, (i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbook = (sheets: number) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${each(sheets, (i) => `<sheet name="${i === 1 ? "参会人员" : `往届名单${i}`}" sheetId="${i}" r:id="rId${i}"/>`)}</sheets></workbook>`;
const workbookRels = (sheets: number) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${each(sheets, (i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`)}<Relationship Id="rId0" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const each = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, k) => f(k + 1)).join("");
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs></styleSheet>`;

/**
 * A short roster whose two columns a planner filled yellow all the way down (every cell to row
 * 1,048,576 styled, so the used range is the whole height of the sheet): a real file that keeps a
 * reader busy for a long time, in a package of a few hundred KB. `sheets` copies the sheet under
 * other names (a workbook of past years' lists, each formatted to `lastRow`).
 */
export async function formattedToTheEnd(lastRow = 1_048_576, sheets = 1): Promise<Buffer> {
  const rows: string[] = [
    `<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>单位</t></is></c></row>`,
    `<row r="2"><c r="A2" t="inlineStr"><is><t>张伟</t></is></c><c r="B2" t="inlineStr"><is><t>办公厅</t></is></c></row>`,
  ];
  for (let r = 3; r <= lastRow; r++) rows.push(`<row r="${r}"><c r="A${r}" s="1"/><c r="B${r}" s="1"/></row>`);
  const sheet =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B${lastRow}"/><sheetData>` +
    rows.join("") +
    `</sheetData></worksheet>`;
  const zip = new JSZip();
  zip.file("[Content_Types].xml", contentTypes(sheets));
  zip.file("_rels/.rels", RELS);
  zip.file("xl/workbook.xml", workbook(sheets));
  zip.file("xl/_rels/workbook.xml.rels", workbookRels(sheets));
  zip.file("xl/styles.xml", STYLES);
  for (let i = 1; i <= sheets; i++) zip.file(`xl/worksheets/sheet${i}.xml`, sheet);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
