import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isExcelError, type CellValue } from "../../../src/core/cellValue";
import type { FixtureWorkbook } from "../../workbook/gatewayHarness";

function result(v: CellValue): ExcelJS.CellFormulaValue["result"] {
  if (v === "") return undefined;
  if (isExcelError(v)) return { error: v as ExcelJS.CellErrorValue["error"] };
  return v;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Adds defined names to a saved package the way Excel stores them — including the broken
 * (#REF!) ones ExcelJS cannot create. `localSheetId` makes a name sheet-scoped.
 */
export async function withDefinedNames(
  data: Uint8Array,
  names: { name: string; formula: string; localSheetId?: number; hidden?: boolean; comment?: string }[],
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const entries = names
    .map((n) => {
      const scope = n.localSheetId === undefined ? "" : ` localSheetId="${n.localSheetId}"`;
      const hidden = n.hidden ? ` hidden="1"` : "";
      const comment = n.comment ? ` comment="${escapeXml(n.comment)}"` : "";
      return `<definedName name="${escapeXml(n.name)}"${scope}${hidden}${comment}>${escapeXml(n.formula.replace(/^=/, ""))}</definedName>`;
    })
    .join("");
  const withNames = workbook.includes("<definedNames>")
    ? workbook.replace("<definedNames>", `<definedNames>${entries}`)
    : workbook.replace("</sheets>", `</sheets><definedNames>${entries}</definedNames>`);
  zip.file("xl/workbook.xml", withNames);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The fixture as .xlsx bytes, written with ExcelJS (not with the adapter under test). */
export async function fixtureBuffer(fixture: FixtureWorkbook): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  for (const sheet of fixture.sheets) {
    const ws = excel.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "") ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    for (const [address, f] of Object.entries(sheet.formulas ?? {})) {
      ws.getCell(address).value = { formula: f.formula.replace(/^=/, ""), result: result(f.result) };
    }
    for (const [address, format] of Object.entries(sheet.numberFormats ?? {})) ws.getCell(address).numFmt = format;
    for (const [address, link] of Object.entries(sheet.links ?? {})) {
      const cell = ws.getCell(address);
      cell.value = { text: String(cell.value ?? ""), hyperlink: link.location ? `#${link.location}` : link.address! };
    }
  }
  const data = Buffer.from(await excel.xlsx.writeBuffer());
  return fixture.names?.length ? withDefinedNames(data, fixture.names) : data;
}
