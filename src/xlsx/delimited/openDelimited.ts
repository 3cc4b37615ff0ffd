import ExcelJS from "exceljs";
import { WorkbookUnavailableError } from "../../workbook/gateway";
import { fromExcelJs, type XlsxWorkbook } from "../xlsxWorkbook";
import { displayWidth } from "../../core/plan/textWidth";
import { decodeText } from "./decodeText";
import { parseDelimited, UnclosedQuoteError, type ParsedRows } from "./parseDelimited";

export interface DelimitedBook {
  book: XlsxWorkbook;
  /** How the bytes were read: "utf-8", "utf-16le", "utf-16be" or "gb18030". */
  encoding: string;
  /** The field separator found: ",", "\t", ";" or "|". */
  delimiter: string;
  /** Rows in the sheet, the header row included. */
  rows: number;
}

/** Excel's grid. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Of the first characters, this share or more being control characters means binary data. */
const BINARY_SHARE = 0.05;
const SAMPLE_CHARS = 64 * 1024;

/**
 * Reads a CSV/TSV/TXT list into a workbook of one sheet named after the file. Fields are
 * text, except plain decimal numbers of up to 9 integer digits (so 007, +86…, phones, ID
 * numbers and dates stay as typed); empty fields are empty cells. Columns are as wide as their
 * text, so the sheet written with --out reads as the planner's list did. `fileName` names the sheet
 * and the workbook in messages.
 */
export function openDelimitedBuffer(buf: Uint8Array, fileName: string): DelimitedBook {
  const { text, encoding } = decodeText(buf);
  if (text.trim() === "") throw unreadable("empty", fileName);
  if (looksBinary(text)) throw unreadable("binary", fileName);

  let parsed: ParsedRows;
  try {
    parsed = parseDelimited(text);
  } catch (err) {
    if (err instanceof UnclosedQuoteError) throw unreadable("unclosedQuote", fileName, err.line);
    throw err;
  }
  const { rows, delimiter } = parsed;
  // Only delimiters and line breaks, or only a sep= line: no list either.
  if (rows.length === 0) throw unreadable("empty", fileName);
  if (rows.length > MAX_ROWS || rows.some((r) => r.length > MAX_COLUMNS)) throw unreadable("tooLarge", fileName);

  const excel = new ExcelJS.Workbook();
  const ws = excel.addWorksheet(sheetNameFor(fileName));
  // `map` keeps every index present: ExcelJS starts a row at column B when index 0 is a hole.
  ws.addRows(rows.map((row) => row.map(cellValue)));
  fitColumns(ws, rows);
  return { book: fromExcelJs(excel, fileName), encoding, delimiter, rows: rows.length };
}

/**
 * Up to 9 integer digits: amounts, counts and prices. Longer digit runs are phone, QQ, account
 * and ID numbers — text, as a planner typed them, never "1.38E+10" in a narrow column.
 */
const PLAIN_NUMBER = /^-?(0|[1-9]\d{0,8})(\.\d+)?$/;

function cellValue(field: string): string | number | undefined {
  if (field === "") return undefined;
  return PLAIN_NUMBER.test(field) ? Number(field) : field;
}

/** Widths from the first rows' text (CJK counts double), between Excel's default and a readable maximum; title lines aside. */
const FIT_ROWS = 1000;
const MIN_WIDTH = 8.43;
const MAX_WIDTH = 50;
function fitColumns(ws: ExcelJS.Worksheet, rows: string[][]): void {
  const widths: number[] = [];
  for (const row of rows.slice(0, FIT_ROWS)) {
    // A title line ("2026年度工作会议签到表") spills over its neighbours; it does not size column A.
    if (row.filter((f) => f !== "").length < 2) continue;
    row.forEach((field, c) => {
      const longest = Math.max(0, ...field.split("\n").map(displayWidth));
      widths[c] = Math.max(widths[c] ?? 0, longest);
    });
  }
  widths.forEach((w, c) => {
    if (w + 2 > MIN_WIDTH) ws.getColumn(c + 1).width = Math.min(MAX_WIDTH, w + 2);
  });
}

/**
 * The file's base name, made acceptable to Excel as a sheet name: no [ ] : * ? / \, no
 * apostrophe at either end, at most 31 characters, not empty and not "History" (reserved).
 */
function sheetNameFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  let name = base.replace(/\.[^.]*$/, "").replace(/[[\]:*?/\\]/g, "_");
  name = trimApostrophes(name);
  if (name.length > 31) {
    // Never cut a surrogate pair in half (an emoji or a rare CJK character).
    const cut = /[\uD800-\uDBFF]/.test(name[30]) ? 30 : 31;
    name = trimApostrophes(name.slice(0, cut));
  }
  if (name === "") return "Sheet1";
  return name.toLowerCase() === "history" ? `${name}_` : name;
}

function trimApostrophes(name: string): string {
  return name.replace(/^'+|'+$/g, "");
}

/**
 * Text never holds NUL (UTF-16 is decoded before this, so a NUL here is in 8-bit data), and
 * hardly any other control character; U+FFFD counts too, as bytes that decoded to nothing.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.includes("\0")) return true;
  const controls = sample.match(/[\x01-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFD]/g)?.length ?? 0;
  return controls >= sample.length * BINARY_SHARE;
}

type Problem = "empty" | "binary" | "unclosedQuote" | "tooLarge";

function unreadable(problem: Problem, f: string, line = 0): WorkbookUnavailableError {
  switch (problem) {
    case "empty":
      return new WorkbookUnavailableError(`"${f}" is empty: there is no list to read.`, `“${f}”是空文件，没有可读取的名单。`);
    case "binary":
      return new WorkbookUnavailableError(
        `"${f}" is not a text list (CSV/TSV): it holds binary data. Open it in the program that made it and save it as CSV or .xlsx.`,
        `“${f}”不是文本名单（CSV/TSV）：其中是二进制数据。请用生成它的程序打开，另存为 CSV 或 .xlsx 后再试。`,
      );
    case "unclosedQuote":
      return new WorkbookUnavailableError(
        `"${f}" cannot be read as a list: the quoted field that starts on line ${line} has no closing quote (").`,
        `无法将“${f}”读取为名单：第 ${line} 行开始的带引号字段缺少结束引号（"）。`,
      );
    case "tooLarge":
      return new WorkbookUnavailableError(
        `"${f}" is too large for one Excel sheet (at most ${MAX_ROWS} rows and ${MAX_COLUMNS} columns).`,
        `“${f}”超出 Excel 单个工作表的容量（最多 ${MAX_ROWS} 行、${MAX_COLUMNS} 列）。`,
      );
  }
}
