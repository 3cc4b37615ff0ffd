import { createRequire } from "module";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/cellValue";
import type { GeneratedSheet, GeneratedWorkbook, Lang } from "../generator";

/** Fixed document dates so two runs write the same workbook. */
export const SAMPLE_DATE = new Date(Date.UTC(2026, 10, 1, 9, 0, 0));

const DATE_TIME = "yyyy-mm-dd hh:mm";
const DATE_ONLY = "yyyy/m/d";
const MONEY: Record<Lang, string> = { zh: "[$¥-804]#,##0.00", en: "[$£-809]#,##0.00" };
const TABLE_STYLE = "TableStyleMedium2";
const HEADER_FILL = "FF1F4E79";
const KEY_FILL = "FFDDEBF7";

/**
 * ExcelJS stamps every zip entry with the time of writing; pin its zip library's default
 * date (the copy ExcelJS itself loads) so the bytes do not change from run to run.
 */
async function withPinnedZipDates<T>(write: () => Promise<T>): Promise<T> {
  const fromExcelJs = createRequire(require.resolve("exceljs"));
  const defaults = (fromExcelJs("jszip") as { defaults: { date: Date | null } }).defaults;
  const before = defaults.date;
  defaults.date = SAMPLE_DATE;
  try {
    return await write();
  } finally {
    defaults.date = before;
  }
}

/** Display width in characters: CJK and full-width characters take two. */
function displayWidth(v: CellValue): number {
  const s = typeof v === "number" ? String(Math.round(v * 100) / 100) : String(v);
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

function columnWidth(sheet: GeneratedSheet, col: number): number {
  if (sheet.dateColumns.includes(col)) return 17;
  let w = displayWidth(sheet.rows[0][col]) + 4; // room for the filter button
  for (const row of sheet.rows.slice(1, 400)) w = Math.max(w, displayWidth(row[col] ?? "") + 2);
  if (sheet.moneyColumns.includes(col)) w = Math.max(w, 14);
  return Math.min(Math.max(w, 6), 42);
}

const isSerialDate = (v: CellValue) => typeof v === "number";

function writeTable(ws: ExcelJS.Worksheet, sheet: GeneratedSheet, lang: Lang): void {
  const [headers, ...data] = sheet.rows;
  ws.addTable({
    name: `tbl${sheet.key[0].toUpperCase()}${sheet.key.slice(1)}`,
    ref: "A1",
    headerRow: true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: headers.map((h) => ({ name: String(h), filterButton: true })),
    // Empty cells stay empty rather than holding "".
    rows: data.map((r) => r.map((v) => (v === "" ? null : v))),
  });
  headers.forEach((_, c) => {
    const column = ws.getColumn(c + 1);
    column.width = columnWidth(sheet, c);
    let fmt: string | undefined;
    if (sheet.textColumns.includes(c)) fmt = "@";
    else if (sheet.moneyColumns.includes(c)) fmt = MONEY[lang];
    else if (sheet.dateColumns.includes(c)) {
      const dates = data.map((r) => r[c]).filter(isSerialDate) as number[];
      fmt = dates.every((d) => Number.isInteger(d)) ? DATE_ONLY : DATE_TIME;
    }
    if (fmt) column.numFmt = fmt;
  });
  ws.getRow(1).alignment = { vertical: "middle", wrapText: false };
}

function writeKeyValue(ws: ExcelJS.Worksheet, sheet: GeneratedSheet, lang: Lang): void {
  sheet.rows.forEach((r) => ws.addRow(r.map((v) => (v === "" ? null : v))));
  ws.getColumn(1).width = lang === "zh" ? 14 : 22;
  ws.getColumn(2).width = 84;
  const thin = { style: "thin" as const, color: { argb: "FFB4C6E7" } };
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    for (const c of [1, 2]) {
      const cell = row.getCell(c);
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.alignment = { vertical: "top", wrapText: c === 2 };
      if (n === 1) {
        cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
      } else if (c === 1) {
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: KEY_FILL } };
      }
    }
  });
  for (const [addr, kind] of Object.entries(sheet.cellFormats ?? {})) {
    ws.getCell(addr).numFmt = kind === "dateTime" ? DATE_TIME : kind === "money" ? MONEY[lang] : "@";
    ws.getCell(addr).alignment = { vertical: "top", horizontal: "left" };
  }
}

/** A generated workbook as a planner's .xlsx: tables with a frozen header, real dates, currency and text formats. */
export async function writeSampleWorkbook(book: GeneratedWorkbook, lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = lang === "zh" ? "会务组" : "Events team";
  wb.lastModifiedBy = wb.creator;
  wb.created = SAMPLE_DATE;
  wb.modified = SAMPLE_DATE;
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "A2" }] });
    if (sheet.key === "event") writeKeyValue(ws, sheet, lang);
    else writeTable(ws, sheet, lang);
  }
  return Buffer.from(await withPinnedZipDates(() => wb.xlsx.writeBuffer()));
}
