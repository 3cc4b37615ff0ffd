import { StringDecoder } from "node:string_decoder";
import type JSZip from "jszip";
import { parseA1 } from "../../core/cellAddress";
import type { CellValue } from "../../core/cellValue";
import { decodeXml } from "../package/xmlText";
import type { FoundCell } from "./usedRange";
import { storedText, stringItemText } from "./xmlCellText";

/**
 * The cells of a worksheet part that hold a value or a formula, read from its XML as it inflates
 * (a 100,000-row roster is never one string, nor a cell object per cell): each as Excel's
 * `Range.values` shows it — shared strings resolved, rich text as its text, a formula as its
 * stored result, an error as its text, a date as its serial number; the covered cells of a
 * merge are empty. The same values as reading the sheet through ExcelJS (read/cellValue.ts),
 * but exact where ExcelJS rounds a date to the millisecond.
 */

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const MERGE = /<mergeCell\b[^>]*?\bref="([^"]+)"/g;

function attr(attrs: string, name: string): string | undefined {
  const at = attrs.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return attrs.slice(start, attrs.indexOf('"', start));
}

/** The 0-based column of a reference's letters ("AD5" → 29), -1 when it has none. */
function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    n = n * 26 + c - 96;
  }
  return i === 0 ? -1 : n - 1;
}

/** An ISO date cell (t="d") as a 1900-system serial number. */
function isoSerial(text: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`);
  return Number.isNaN(ms) ? text : ms / 86_400_000 + 25_569;
}

function number(text: string): CellValue {
  const n = parseFloat(text);
  return Number.isFinite(n) ? n : "#NUM!";
}

/** The value a cell's XML stores, undefined when it stores none. */
function cellValue(type: string | undefined, inner: string, strings: readonly string[]): CellValue | undefined {
  if (type === "inlineStr") {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    return is ? stringItemText(is[1]) : undefined;
  }
  const v = /<v>([\s\S]*?)<\/v>/.exec(inner);
  if (!v || v[1] === "") return undefined;
  switch (type) {
    case "s":
      return strings[parseInt(v[1], 10)];
    case "str":
      return storedText(v[1]);
    case "b":
      return parseInt(v[1], 10) !== 0;
    case "e":
      return decodeXml(v[1]);
    case "d":
      return isoSerial(decodeXml(v[1]));
    default:
      return number(v[1]);
  }
}

/** Collects the cells of the complete rows in one stretch of sheet XML. */
class RowScanner {
  readonly found: FoundCell[] = [];
  private row = -1;

  constructor(private readonly strings: readonly string[]) {}

  scan(xml: string): void {
    for (const m of xml.matchAll(ROW)) {
      const r = attr(m[1], "r");
      this.row = r === undefined ? this.row + 1 : parseInt(r, 10) - 1;
      if (m[2]) this.cells(m[2]);
    }
  }

  private cells(inner: string): void {
    let col = -1;
    for (const m of inner.matchAll(CELL)) {
      const ref = attr(m[1], "r");
      const at = ref === undefined ? -1 : columnIndex(ref);
      col = at >= 0 ? at : col + 1;
      const content = m[2];
      if (!content) continue;
      const formula = content.indexOf("<f") >= 0 && /<f[\s/>]/.test(content);
      const value = cellValue(attr(m[1], "t"), content, this.strings) ?? "";
      if (value === "" && !formula) continue;
      this.found.push({ row: this.row, col, value });
    }
  }
}

/** The covered cells of the sheet's merges (every cell of a merge but its top-left), as a test. */
function coveredBy(tail: string): (row: number, col: number) => boolean {
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const m of tail.matchAll(MERGE)) {
    const [from, to = from] = m[1].split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    if (a && b)
      merges.push({
        top: Math.min(a.row, b.row),
        left: Math.min(a.col, b.col),
        bottom: Math.max(a.row, b.row),
        right: Math.max(a.col, b.col),
      });
  }
  if (merges.length === 0) return () => false;
  return (row, col) =>
    merges.some((g) => row >= g.top && row <= g.bottom && col >= g.left && col <= g.right && (row !== g.top || col !== g.left));
}

/** The found cells of sheet XML given whole (see readSheetCells for a part in a zip). */
export function sheetXmlCells(xml: string, strings: readonly string[]): FoundCell[] {
  const end = xml.lastIndexOf("</sheetData>");
  const scanner = new RowScanner(strings);
  scanner.scan(end < 0 ? xml : xml.slice(0, end));
  return withoutCovered(scanner.found, end < 0 ? "" : xml.slice(end));
}

function withoutCovered(found: FoundCell[], tail: string): FoundCell[] {
  const covered = coveredBy(tail);
  return found.filter((f) => !covered(f.row, f.col));
}

/** A worksheet part read by scanSheetPart: its cells, and the XML before and after its rows. */
export interface ScannedSheet {
  found: FoundCell[];
  /** Everything before <sheetData> (sheet properties, views, columns). */
  head: string;
  /** Everything after </sheetData> (merges, validations, links, page setup, table parts). */
  tail: string;
}

const DATA_START = "<sheetData";
const DATA_END = "</sheetData>";

/**
 * A worksheet part scanned row by row as it inflates: only the rows not yet complete are held
 * as text. Undefined for a part with no <sheetData>.
 */
export function scanSheetPart(zip: JSZip, part: string, strings: readonly string[]): Promise<ScannedSheet | undefined> {
  const file = zip.file(part);
  if (!file) return Promise.resolve(undefined);
  const scanner = new RowScanner(strings);
  let state: "head" | "data" | "tail" = "head";
  let pending = "";
  let head = "";
  const take = (chunk: string) => {
    pending += chunk;
    if (state === "head") {
      const at = pending.indexOf(DATA_START);
      // Wait for the whole start tag: "<sheetData" alone does not say whether it is <sheetData/>.
      if (at < 0 || pending.indexOf(">", at) < 0) return;
      head = pending.slice(0, at);
      const empty = /^<sheetData\s*\/>/.exec(pending.slice(at));
      pending = empty ? pending.slice(at + empty[0].length) : pending.slice(at);
      state = empty ? "tail" : "data";
    }
    if (state !== "data") return;
    const end = pending.indexOf(DATA_END);
    if (end >= 0) {
      scanner.scan(pending.slice(0, end));
      pending = pending.slice(end + DATA_END.length);
      state = "tail";
      return;
    }
    const cut = pending.lastIndexOf("</row>");
    if (cut < 0) return;
    scanner.scan(pending.slice(0, cut + 6));
    pending = pending.slice(cut + 6);
  };
  const decoder = new StringDecoder("utf8");
  return new Promise((resolve, reject) => {
    file
      .nodeStream("nodebuffer")
      .on("data", (chunk: Buffer) => take(decoder.write(chunk)))
      .on("error", reject)
      .on("end", () => {
        take(decoder.end());
        if (state === "head") return resolve(undefined);
        if (state === "data") scanner.scan(pending);
        const tail = state === "tail" ? pending : "";
        resolve({ found: withoutCovered(scanner.found, tail), head, tail });
      });
  });
}

/** The found cells of a worksheet part in a zip (none for a part that is missing or has no rows). */
export async function readSheetCells(zip: JSZip, part: string, strings: readonly string[]): Promise<FoundCell[]> {
  return (await scanSheetPart(zip, part, strings))?.found ?? [];
}
