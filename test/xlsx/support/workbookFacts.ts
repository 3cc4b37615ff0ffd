import ExcelJS from "exceljs";
import { readRawLinks, readRawPackage } from "./rawPackage";

/**
 * What a reader sees in a saved workbook, read back with a fresh ExcelJS (and the raw XML for
 * what ExcelJS does not report: defined names, links, the active tab), as plain data two saves
 * can be compared by: every cell's value, formula and style, merges, tables, validations,
 * column widths, row heights, frozen panes, visibility.
 */
export interface SheetFacts {
  name: string;
  state: string;
  cells: Record<string, unknown>;
  merges: string[];
  tables: unknown[];
  validations: Record<string, unknown>;
  columns: Record<number, unknown>;
  rows: Record<number, unknown>;
  views: unknown;
  links: unknown[];
}

export interface WorkbookFacts {
  sheets: SheetFacts[];
  names: unknown[];
  activeTab: string | undefined;
}

/** A style as ExcelJS reports it, without the empty parts (absent and {} mean the same). */
function styleOf(cell: ExcelJS.Cell): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const s = cell.style ?? {};
  for (const key of ["numFmt", "font", "fill", "border", "alignment", "protection"] as const) {
    const v = s[key];
    if (v === undefined || v === null) continue;
    if (typeof v === "object" && Object.keys(v).length === 0) continue;
    if (key === "numFmt" && v === "General") continue;
    out[key] = v;
  }
  return out;
}

function valueOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v instanceof Date) return { date: v.toISOString() };
  return v ?? null;
}

/** The address of every cell the sheet has in its file. */
function addressesOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => void out.push(cell.address)));
  return out;
}

/**
 * `addresses`: every cell either save has. A cell one file has and the other not is read through
 * getCell, which gives a missing cell its row's or column's format, as Excel shows it.
 */
function sheetFacts(ws: ExcelJS.Worksheet, addresses: Iterable<string>): Omit<SheetFacts, "links"> {
  const cells: Record<string, unknown> = {};
  for (const address of addresses) {
    const cell = ws.getCell(address);
    const value = cell.type === ExcelJS.ValueType.Merge ? null : valueOf(cell);
    const style = styleOf(cell);
    if (value === null && Object.keys(style).length === 0) continue;
    cells[cell.address] = { value, ...(Object.keys(style).length ? { style } : {}) };
  }
  const internal = ws as unknown as {
    _merges: Record<string, { range: string }>;
    tables: Record<string, { table: Record<string, unknown> }>;
    dataValidations: { model: Record<string, unknown> };
  };
  const tables = Object.values(internal.tables ?? {})
    .map(({ table }) => ({
      name: table.name,
      displayName: table.displayName,
      ref: table.tableRef,
      headerRow: table.headerRow,
      totalsRow: table.totalsRow,
      style: table.style,
      columns: (table.columns as { name: string; filterButton?: boolean }[]).map((c) => ({ name: c.name, filterButton: c.filterButton })),
    }))
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));
  const columns: Record<number, unknown> = {};
  (ws.columns ?? []).forEach((c, i) => {
    if (c && (c.width !== undefined || c.hidden)) columns[i + 1] = { width: c.width, hidden: Boolean(c.hidden) };
  });
  const rows: Record<number, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (row.height !== undefined || row.hidden) rows[row.number] = { height: row.height, hidden: Boolean(row.hidden) };
  });
  const validations = Object.fromEntries(Object.entries(internal.dataValidations.model).filter(([, v]) => v));
  const view = (ws.views?.[0] ?? {}) as Record<string, unknown>;
  return {
    name: ws.name,
    state: ws.state ?? "visible",
    cells,
    merges: Object.values(internal._merges ?? {})
      .map((m) => m.range)
      .sort(),
    tables,
    validations,
    columns,
    rows,
    views: { state: view.state ?? "normal", xSplit: view.xSplit, ySplit: view.ySplit, tabSelected: Boolean(view.tabSelected) },
  };
}

async function load(data: Buffer): Promise<ExcelJS.Workbook> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(data as unknown as ArrayBuffer as Parameters<typeof excel.xlsx.load>[0]);
  return excel;
}

/** The facts of each saved workbook, over the same cells (those either has). */
export async function workbookFacts(...saved: Buffer[]): Promise<WorkbookFacts[]> {
  const books = await Promise.all(saved.map(load));
  const addresses = new Map<string, Set<string>>();
  for (const excel of books)
    for (const ws of excel.worksheets) {
      const set = addresses.get(ws.name) ?? new Set<string>();
      for (const a of addressesOf(ws)) set.add(a);
      addresses.set(ws.name, set);
    }
  return Promise.all(books.map((excel, i) => factsOf(excel, saved[i], addresses)));
}

async function factsOf(excel: ExcelJS.Workbook, data: Buffer, addresses: Map<string, Set<string>>): Promise<WorkbookFacts> {
  const pkg = await readRawPackage(data);
  const sheets: SheetFacts[] = [];
  for (const ws of excel.worksheets) {
    const links = (await readRawLinks(pkg, ws.name)).sort((a, b) => a.ref.localeCompare(b.ref));
    sheets.push({ ...sheetFacts(ws, addresses.get(ws.name) ?? []), links });
  }
  const worksheetNames = pkg.sheets.map((s) => s.name);
  return {
    sheets,
    names: pkg.names
      .map((n) => ({ ...n, scope: n.localSheetId === undefined ? undefined : worksheetNames[n.localSheetId], localSheetId: undefined }))
      .sort((a, b) => `${a.name}@${a.scope}`.localeCompare(`${b.name}@${b.scope}`)),
    activeTab: pkg.sheets[pkg.activeTab]?.name,
  };
}

/** The first difference between two workbooks' facts, as a path and both sides, or undefined. */
export function firstDifference(a: unknown, b: unknown, path = ""): { path: string; a: unknown; b: unknown } | undefined {
  if (a === b) return undefined;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    if (typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b)) return undefined;
    return { path, a, b };
  }
  if (Array.isArray(a) !== Array.isArray(b)) return { path, a, b };
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const av = (a as Record<string, unknown>)[k];
    const bv = (b as Record<string, unknown>)[k];
    if (av === undefined && bv === undefined) continue;
    const d = firstDifference(av, bv, `${path}/${k}`);
    if (d) return d;
  }
  return undefined;
}
