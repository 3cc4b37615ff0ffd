import type { CellValue } from "../../src/core/cellValue";
import { parseA1 } from "../../src/core/cellAddress";
import { foldText, toHalfWidth } from "../../src/core/schema/normalize/text";
import type { SheetKey } from "../../src/core/schema/sheetDef";
import type { GeneratedSheet, GeneratedWorkbook } from "../../samples/generator";

/** Reading generated rows by sheet, A1 address and header, as the tests need them. */
export function sheetOf(book: GeneratedWorkbook, key: SheetKey): GeneratedSheet {
  const s = book.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no ${key} sheet`);
  return s;
}

export function cellAt(sheet: GeneratedSheet, address: string): CellValue {
  const ref = parseA1(address);
  if (!ref) throw new Error(`bad address ${address}`);
  return sheet.rows[ref.row]?.[ref.col] ?? "";
}

/** The value in the column with this header, on a 1-based Excel row. */
export function byHeader(sheet: GeneratedSheet, header: string, excelRow: number): CellValue {
  const col = sheet.rows[0].indexOf(header);
  if (col < 0) throw new Error(`no column ${header} on ${sheet.name}`);
  return sheet.rows[excelRow - 1][col];
}

export function columnOf(sheet: GeneratedSheet, header: string): number {
  const col = sheet.rows[0].indexOf(header);
  if (col < 0) throw new Error(`no column ${header} on ${sheet.name}`);
  return col;
}

/** A mobile as a check would read it: full-width folded, separators dropped. */
export function phoneDigits(v: CellValue): string {
  return toHalfWidth(String(v)).replace(/[\s-]/g, "");
}

export function validMobile(v: CellValue, lang: "zh" | "en"): boolean {
  const d = phoneDigits(v);
  if (lang === "zh") return /^1[3-9]\d{9}$/.test(d);
  return /^07\d{9}$/.test(d) || /^\+\d{10,13}$/.test(d);
}

export const fold = (v: CellValue) => foldText(String(v)).replace(/\s/g, "");
