import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/core/cellValue";
import {
  nonDefaultPage,
  type InspectedCell,
  type InspectedPage,
  type InspectedSheet,
  type InspectedWorkbook,
} from "../../workbook/gatewayHarness";
import { readRawLinks, readRawPackage, type RawPackage } from "./rawPackage";

/** ExcelJS's date for a serial is 1899-12-30 + serial days, in UTC. */
function serialOf(d: Date, date1904: boolean): number {
  return d.getTime() / 86_400_000 + 25_569 - (date1904 ? 1_462 : 0);
}

function plain(v: unknown, date1904: boolean): CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialOf(v, date1904);
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return o.error;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join("");
  if ("text" in o) return plain(o.text, date1904);
  return undefined;
}

function listOf(validation: { type?: string; formulae?: unknown[] } | undefined): string[] | undefined {
  if (!validation || validation.type !== "list") return undefined;
  const f = String(validation.formulae?.[0] ?? "");
  return f.replace(/^"|"$/g, "").replace(/""/g, '"').split(",");
}

function inspectCell(cell: ExcelJS.Cell, date1904: boolean, link: Link | undefined, validation: unknown): InspectedCell {
  const out: InspectedCell = {};
  if (cell.type === ExcelJS.ValueType.Formula) {
    out.formula = `=${cell.formula}`;
  } else if (cell.type !== ExcelJS.ValueType.Merge) {
    const value = plain(cell.value, date1904);
    if (value !== undefined) out.value = value;
  }
  if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb)
    out.fill = `#${fill.fgColor.argb.slice(-6).toUpperCase()}`;
  if (cell.font?.bold) out.bold = true;
  if (link?.place !== undefined) out.link = link.place;
  if (link?.address !== undefined) out.address = link.address;
  const list = listOf(validation as { type?: string; formulae?: unknown[] });
  if (list) out.validationList = list;
  return out;
}

/** A link as stored: a place in the workbook, or a web address alone (a relationship with no location). */
type Link = { place?: string; address?: string };

/** "'Sheet 1'!$A$1:$G$40" → "A1:G40" */
function bareRange(text: string): string {
  return text.slice(text.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/** Print settings: ExcelJS's reading of <pageSetup>/<printOptions>, the raw XML for names and breaks. */
async function inspectPage(ws: ExcelJS.Worksheet, pkg: RawPackage): Promise<InspectedPage | undefined> {
  const index = pkg.sheets.findIndex((s) => s.name === ws.name);
  const named = (name: string) => pkg.names.find((n) => n.name === name && n.localSheetId === index)?.text;
  const part = pkg.sheets[index]?.part;
  const xml = part ? await pkg.zip.file(part)!.async("string") : "";
  const breaksXml = /<rowBreaks\b[^>]*>([\s\S]*?)<\/rowBreaks>/.exec(xml)?.[1] ?? "";
  const breaksBefore = [...breaksXml.matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
  const setup = ws.pageSetup;
  const printArea = named("_xlnm.Print_Area");
  const titles = named("_xlnm.Print_Titles");
  return nonDefaultPage({
    orientation: setup.orientation === "landscape" ? "landscape" : "portrait",
    fitToWidth: Boolean(setup.fitToPage) && setup.fitToWidth === 1 && setup.fitToHeight === 0,
    ...(printArea !== undefined ? { printArea: bareRange(printArea) } : {}),
    ...(titles !== undefined ? { titleRows: bareRange(titles) } : {}),
    breaksBefore,
    centerHorizontally: Boolean(setup.horizontalCentered),
  });
}

async function inspectSheet(ws: ExcelJS.Worksheet, pkg: RawPackage, date1904: boolean): Promise<InspectedSheet> {
  const links = new Map<string, Link>();
  for (const l of await readRawLinks(pkg, ws.name)) {
    // As Excel resolves them: a relationship target and a location together make one address.
    if (l.location === undefined && l.target !== undefined) links.set(l.ref, { address: l.target });
    else if (l.location !== undefined) links.set(l.ref, { place: l.target !== undefined ? `${l.target}#${l.location}` : l.location });
  }
  const validations = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  const addresses = new Set<string>(Object.keys(validations).filter((k) => validations[k]));
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => void addresses.add(cell.address)));
  for (const ref of links.keys()) addresses.add(ref);

  const cells: Record<string, InspectedCell> = {};
  for (const address of addresses) {
    const cell = inspectCell(ws.getCell(address), date1904, links.get(address), validations[address]);
    if (Object.keys(cell).length) cells[address] = cell;
  }
  const columnWidths: Record<number, number> = {};
  (ws.columns ?? []).forEach((c, i) => {
    if (c && c.width !== undefined) columnWidths[i] = c.width;
  });
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (row.height !== undefined) rowHeights[row.number - 1] = row.height;
  });
  const tables = Object.values((ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables).map(
    (t) => ({ name: t.table.name, range: t.table.tableRef }),
  );
  const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
  const page = await inspectPage(ws, pkg);
  return {
    name: ws.name,
    cells,
    columnWidths,
    rowHeights,
    tables,
    frozenRows: view?.state === "frozen" ? (view.ySplit ?? 0) : 0,
    ...(page ? { page } : {}),
  };
}

/** Looks at saved .xlsx bytes with a fresh ExcelJS and the raw XML, not with the adapter. */
export async function inspectXlsx(data: Buffer): Promise<InspectedWorkbook> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(data as unknown as ArrayBuffer as Parameters<typeof excel.xlsx.load>[0]);
  const pkg = await readRawPackage(data);
  const date1904 = Boolean(excel.properties?.date1904);
  const sheets: InspectedSheet[] = [];
  for (const ws of excel.worksheets) sheets.push(await inspectSheet(ws, pkg, date1904));
  return {
    sheets,
    names: pkg.names.map((n) => ({
      name: n.name,
      formula: `=${n.text}`,
      ...(n.attributes.comment ? { comment: n.attributes.comment } : {}),
    })),
    activeSheet: pkg.sheets[pkg.activeTab]?.name,
  };
}
