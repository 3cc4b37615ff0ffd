import ExcelJS from "exceljs";
import iconv from "iconv-lite";

/** A cell as a planner's file holds it: blank (null or ""), text, a number, a date, a boolean or a formula with its last result. */
export type Cell = string | number | boolean | Date | null | { formula: string; result: number | string };

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** Merged ranges, e.g. "A1:E1" for a title over the table. */
  merges?: string[];
  /** 1-based columns formatted as text ("@"), as planners format ID and phone columns. */
  textColumns?: number[];
  /** Number formats by 1-based column (dates, times). */
  numFmt?: Record<number, string>;
  /** Column widths by 1-based column. */
  widths?: Record<number, number>;
  /** A bold header on this 1-based row, as most lists have. */
  boldRow?: number;
}

/** The date written into each workbook's properties, so nothing depends on when the corpus was made. */
const MADE = new Date(Date.UTC(2026, 10, 2, 9, 0, 0));

/** An .xlsx workbook, written by ExcelJS to a buffer. Blank cells are left out (not written as empty strings). */
export async function xlsx(sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Huiwu corpus";
  wb.created = MADE;
  wb.modified = MADE;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [c, w] of Object.entries(s.widths ?? {})) ws.getColumn(Number(c)).width = w;
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v as ExcelJS.CellValue;
        const fmt = s.numFmt?.[c + 1];
        if (fmt && r + 1 !== s.boldRow) cell.numFmt = fmt;
        if (s.textColumns?.includes(c + 1)) cell.numFmt = "@";
        if (r + 1 === s.boldRow) cell.font = { bold: true };
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le-bom" | "gbk" | "gb18030";

export interface DelimitedOptions {
  sep: "," | "\t" | ";";
  eol: "\r\n" | "\n";
  encoding: TextEncoding;
  /** Quote every field (some exporters do); otherwise only the fields that need it (RFC 4180). */
  quoteAll?: boolean;
  /** A line break after the last row (Excel writes one; some systems do not). Default true. */
  finalEol?: boolean;
}

/** One field, quoted when it holds the separator, a quote or a line break (quotes doubled inside). */
export function quoteField(field: string, sep: string, all = false): string {
  if (all || field.includes(sep) || /["\r\n]/.test(field)) return `"${field.replace(/"/g, '""')}"`;
  return field;
}

/** The text of a CSV/TSV, before encoding. */
export function delimitedText(rows: (string | number)[][], o: Omit<DelimitedOptions, "encoding">): string {
  const lines = rows.map((row) => row.map((v) => quoteField(String(v), o.sep, o.quoteAll)).join(o.sep));
  return lines.join(o.eol) + (o.finalEol === false ? "" : o.eol);
}

/** Text as the bytes a program saves: UTF-8 with or without a BOM, UTF-16LE with its BOM, GBK/GB18030 (WPS, Chinese Excel). */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return new Uint8Array(Buffer.from(text, "utf8"));
    case "utf-8-bom":
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
    case "utf-16le-bom":
      return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    case "gbk":
    case "gb18030":
      return new Uint8Array(iconv.encode(text, encoding));
  }
}

export function delimited(rows: (string | number)[][], o: DelimitedOptions): Uint8Array {
  return encodeText(delimitedText(rows, o), o.encoding);
}
