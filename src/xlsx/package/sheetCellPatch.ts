import { a1, parseA1 } from "../../core/cellAddress";
import { unsupported } from "./spliceUnsupported";
import { encodeXml, setAttributes } from "./xmlText";

/**
 * Writes cells into a sheet part as the file has it, row by row, without reading the sheet as a
 * whole: rows the edits do not reach are copied byte for byte, a row they reach is rewritten
 * with its other cells as they were. What `update` plans do to a planner's sheet (the roster's
 * 桌号 and 座位, new rows at the foot of the task list) fits this; anything else is refused
 * (SpliceUnsupported) and saving writes the whole workbook instead.
 */

/** What a cell holds after the edit: the `t` attribute and the XML inside <c>. */
export interface CellContent {
  t?: "b" | "inlineStr" | "e";
  inner: string;
}

export interface CellEdit {
  /** 1-based, as in the file. */
  row: number;
  col: number;
  /** The new content; null empties the cell; undefined keeps what it holds. */
  value?: CellContent | null;
  /** The cell's style index after the edit, from the one it has (for a new cell: its row's or column's); undefined keeps it. */
  style?: (current: number | undefined) => number | undefined;
}

export interface SheetPatch {
  /** Sorted by row, then column; one edit per cell. */
  cells: readonly CellEdit[];
  /** Select (or deselect) the sheet's tab: the first <sheetView>'s tabSelected. */
  selected?: boolean;
}

const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text as an inline string, as ExcelJS writes text: characters XML cannot hold are dropped, edge spaces kept. */
export function inlineText(text: string): CellContent {
  const clean = text.replace(XML_INVALID, "");
  const space = /^\s|\s$/.test(clean) ? ' xml:space="preserve"' : "";
  return { t: "inlineStr", inner: `<is><t${space}>${encodeXml(clean)}</t></is>` };
}

export function numberContent(n: number): CellContent {
  return { inner: `<v>${String(n)}</v>` };
}

export function booleanContent(b: boolean): CellContent {
  return { t: "b", inner: `<v>${b ? 1 : 0}</v>` };
}

/** Columns' default styles from <cols>: a new cell in such a column takes it, as in Excel. */
function columnStyles(head: string): (col: number) => number | undefined {
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(head)?.[1] ?? "";
  const ranges: { min: number; max: number; style: number }[] = [];
  for (const m of cols.matchAll(/<col\b([^>]*)\/?>/g)) {
    const style = /\bstyle="(\d+)"/.exec(m[1])?.[1];
    const min = Number(/\bmin="(\d+)"/.exec(m[1])?.[1]);
    const max = Number(/\bmax="(\d+)"/.exec(m[1])?.[1]);
    if (style !== undefined && min > 0 && max >= min) ranges.push({ min, max, style: Number(style) });
  }
  return (col) => ranges.find((r) => col >= r.min && col <= r.max)?.style;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The head of a sheet part (everything before <sheetData>) with its tab (de)selected. */
export function withTabSelected(head: string, selected: boolean): string {
  const view = /<sheetView\b[^>]*>/.exec(head);
  if (!view) {
    if (!selected) return head;
    const after = /<dimension\b[^>]*\/>|<\/sheetPr>|<sheetPr\b[^>]*\/>/.exec(head) ?? /<(?:worksheet|chartsheet)\b[^>]*>/.exec(head);
    if (!after) unsupported("a sheet part without a root element");
    const at = after.index + after[0].length;
    return `${head.slice(0, at)}<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>${head.slice(at)}`;
  }
  const current = attr(view[0], "tabSelected");
  const is = current === "1" || current === "true";
  if (is === selected) return head;
  const tag = setAttributes(view[0], { tabSelected: selected ? "1" : undefined });
  return head.slice(0, view.index) + tag + head.slice(view.index + view[0].length);
}

/** The <dimension> grown to hold the written cells. */
function withDimension(head: string, cells: readonly CellEdit[]): string {
  const written = cells.filter((c) => c.value);
  if (written.length === 0) return head;
  const dim = /<dimension\b[^>]*\bref="([^"]*)"[^>]*\/>/.exec(head);
  if (!dim) return head;
  const [from, to = from] = dim[1].split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return head;
  let [top, left, bottom, right] = [a.row, a.col, b.row, b.col];
  for (const c of written) {
    top = Math.min(top, c.row - 1);
    bottom = Math.max(bottom, c.row - 1);
    left = Math.min(left, c.col - 1);
    right = Math.max(right, c.col - 1);
  }
  const ref = top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
  if (ref === dim[1]) return head;
  return head.slice(0, dim.index) + dim[0].replace(/\bref="[^"]*"/, `ref="${ref}"`) + head.slice(dim.index + dim[0].length);
}

function renderCell(row: number, col: number, style: number | undefined, content: CellContent | null, keep = ""): string {
  const s = style ? ` s="${style}"` : "";
  if (!content) return s ? `<c r="${a1(row - 1, col - 1)}"${s}${keep}/>` : "";
  const t = content.t ? ` t="${content.t}"` : "";
  return `<c r="${a1(row - 1, col - 1)}"${s}${t}${keep}>${content.inner}</c>`;
}

const CELL = /<c(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

interface ExistingCell {
  col: number;
  xml: string;
  tag: string;
}

/** The 1-based column of a reference ("AD5" → 30), 0 when it has no letters. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    n = n * 26 + c - 96;
  }
  return n;
}

function rowCells(inner: string, rowNumber: number): ExistingCell[] {
  const cells: ExistingCell[] = [];
  let col = 0;
  for (const m of inner.matchAll(CELL)) {
    const tag = /^<c\b[^>]*?\/?>/.exec(m[0])![0];
    const r = attr(tag, "r");
    const at = r === undefined ? col + 1 : columnOf(r);
    if (at <= col) unsupported(`cells out of order in row ${rowNumber}`);
    col = at;
    cells.push({ col, xml: m[0], tag });
  }
  if (inner.replace(CELL, "").trim() !== "") unsupported(`row ${rowNumber} holds more than cells`);
  return cells;
}

/** One existing cell with its edit applied. */
function editCell(row: number, cell: ExistingCell, edit: CellEdit): string {
  const s = attr(cell.tag, "s");
  const current = s === undefined ? undefined : Number(s);
  const style = edit.style ? edit.style(current) : current;
  if (edit.value === undefined) {
    if (style === current) return cell.xml;
    return setAttributes(cell.tag, { s: style ? String(style) : undefined }) + cell.xml.slice(cell.tag.length);
  }
  // A formula other cells share (the master of a shared or array formula) cannot be overwritten alone.
  const formula = /<f\b[^>]*>/.exec(cell.xml)?.[0] ?? "";
  if (/\bref="/.test(formula)) unsupported(`${a1(row - 1, cell.col - 1)} holds a formula other cells share`);
  const ph = attr(cell.tag, "ph");
  return renderCell(row, cell.col, style, edit.value, ph !== undefined ? ` ph="${ph}"` : "");
}

function newCell(edit: CellEdit, fallback: number | undefined): string {
  const style = edit.style ? edit.style(fallback) : fallback;
  return renderCell(edit.row, edit.col, style, edit.value ?? null);
}

/** The row's start tag with its spans covering its cells (or none, when it had none). */
function rowTag(tag: string, cols: number[]): string {
  if (attr(tag, "spans") === undefined || cols.length === 0) return tag;
  return setAttributes(tag, { spans: `${Math.min(...cols)}:${Math.max(...cols)}` });
}

function patchRow(rowXml: string, tagEnd: number, number: number, edits: CellEdit[], colStyle: (c: number) => number | undefined): string {
  const tag = rowXml.slice(0, tagEnd);
  const selfClosing = tag.endsWith("/>");
  const inner = selfClosing ? "" : rowXml.slice(tagEnd, rowXml.length - "</row>".length);
  const cells = rowCells(inner, number);
  const rowStyle = attr(tag, "s");
  const out: string[] = [];
  const cols: number[] = [];
  let e = 0;
  const fallback = (col: number): number | undefined => {
    const c = colStyle(col);
    if (rowStyle === undefined) return c;
    // ExcelJS gives a new cell its row's and its column's formats field by field; only one of them is followed here.
    if (c !== undefined && c !== Number(rowStyle)) unsupported(`row ${number} and column ${col} both have formats`);
    return Number(rowStyle);
  };
  const push = (xml: string, col: number) => {
    if (xml) {
      out.push(xml);
      cols.push(col);
    }
  };
  for (const cell of cells) {
    while (e < edits.length && edits[e].col < cell.col) {
      push(newCell(edits[e], fallback(edits[e].col)), edits[e].col);
      e++;
    }
    if (e < edits.length && edits[e].col === cell.col) push(editCell(number, cell, edits[e++]), cell.col);
    else push(cell.xml, cell.col);
  }
  for (; e < edits.length; e++) push(newCell(edits[e], fallback(edits[e].col)), edits[e].col);
  const open = rowTag(selfClosing ? tag.replace(/\s*\/>$/, ">") : tag, cols);
  return `${open}${out.join("")}</row>`;
}

function newRow(number: number, edits: CellEdit[], colStyle: (c: number) => number | undefined): string {
  const cells = edits.map((e) => newCell(e, colStyle(e.col))).filter(Boolean);
  return cells.length ? `<row r="${number}">${cells.join("")}</row>` : "";
}

/** The sheet part with the cells written and the tab (de)selected. */
export function patchSheetXml(part: Buffer, patch: SheetPatch): Buffer {
  const dataAt = part.indexOf("<sheetData");
  if (dataAt < 0 || part.indexOf("<worksheet") < 0 || part.indexOf("<worksheet") > dataAt)
    unsupported("a sheet part in a form the splice does not read");
  const dataTagEnd = part.indexOf(">", dataAt) + 1;
  const emptyData = part[dataTagEnd - 2] === 0x2f; // <sheetData/>
  const dataEnd = emptyData ? dataTagEnd : part.indexOf("</sheetData>", dataTagEnd);
  if (dataEnd < 0) unsupported("a sheet part without the end of its <sheetData>");

  let head = part.toString("utf8", 0, dataAt);
  const colStyle = columnStyles(head);
  head = withDimension(head, patch.cells);
  if (patch.selected !== undefined) head = withTabSelected(head, patch.selected);

  const byRow = new Map<number, CellEdit[]>();
  for (const c of patch.cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);

  const pieces: Buffer[] = [Buffer.from(head, "utf8")];
  if (emptyData) {
    const body = rows.map((r) => newRow(r, byRow.get(r)!, colStyle)).join("");
    pieces.push(Buffer.from(body ? `<sheetData>${body}</sheetData>` : "<sheetData/>", "utf8"), part.subarray(dataTagEnd));
    return Buffer.concat(pieces);
  }
  pieces.push(part.subarray(dataAt, dataTagEnd));
  let copied = dataTagEnd;
  let next = 0;
  let number = 0;
  let pos = dataTagEnd;
  while (next < rows.length) {
    const at = part.indexOf("<row", pos);
    if (at < 0 || at >= dataEnd) break;
    const after = part[at + 4];
    if (after !== 0x20 && after !== 0x3e && after !== 0x2f && after !== 0x09 && after !== 0x0a && after !== 0x0d) {
      pos = at + 4;
      continue;
    }
    const tagEnd = part.indexOf(">", at) + 1;
    const tag = part.toString("utf8", at, tagEnd);
    const r = attr(tag, "r");
    number = r !== undefined ? Number(r) : number + 1;
    if (!Number.isInteger(number) || number < 1) unsupported(`a row numbered "${r}"`);
    const end = tag.endsWith("/>") ? tagEnd : part.indexOf("</row>", tagEnd) + "</row>".length;
    if (end < tagEnd) unsupported(`row ${number} has no end`);
    // Rows the edits need before this one, and this one.
    const inserted: string[] = [];
    while (next < rows.length && rows[next] < number) inserted.push(newRow(rows[next], byRow.get(rows[next++])!, colStyle));
    if (next < rows.length && rows[next] === number) {
      pieces.push(part.subarray(copied, at));
      if (inserted.length) pieces.push(Buffer.from(inserted.join(""), "utf8"));
      pieces.push(Buffer.from(patchRow(part.toString("utf8", at, end), tagEnd - at, number, byRow.get(rows[next++])!, colStyle), "utf8"));
      copied = end;
    } else if (inserted.length) {
      pieces.push(part.subarray(copied, at), Buffer.from(inserted.join(""), "utf8"));
      copied = at;
    }
    pos = end;
  }
  const rest: string[] = [];
  while (next < rows.length) rest.push(newRow(rows[next], byRow.get(rows[next++])!, colStyle));
  pieces.push(part.subarray(copied, dataEnd));
  if (rest.length) pieces.push(Buffer.from(rest.join(""), "utf8"));
  pieces.push(part.subarray(dataEnd));
  return Buffer.concat(pieces);
}
