import { columnIndex, columnLetters } from "../../../src/core/cellAddress";

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function cellPart(s: string): { row?: number; col?: number } | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(s);
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  return { col: m[1] ? columnIndex(m[1]) : undefined, row: m[2] ? Number(m[2]) - 1 : undefined };
}

/**
 * Parses "A1", "$A$1", "A1:C3", "C:E", "2:5" (an optional "Sheet!" prefix is dropped).
 * Throws on anything else, like Excel's getRange.
 */
export function parseRangeAddress(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.split(":");
  const p = cellPart(a.trim());
  const q = cellPart(b.trim());
  if (!p || !q) throw new Error(`bad address ${address}`);
  const whole = (x: number | undefined, max: number, end: boolean) => (x === undefined ? (end ? max - 1 : 0) : x);
  const r1 = whole(p.row, MAX_ROWS, false);
  const r2 = whole(q.row, MAX_ROWS, true);
  const c1 = whole(p.col, MAX_COLS, false);
  const c2 = whole(q.col, MAX_COLS, true);
  if ((p.row === undefined) !== (q.row === undefined) || (p.col === undefined) !== (q.col === undefined)) {
    throw new Error(`bad address ${address}`);
  }
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  const rect = { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  if (row < 0 || col < 0 || row + rect.rows > MAX_ROWS || col + rect.cols > MAX_COLS) throw new Error(`bad address ${address}`);
  return rect;
}

export function rectA1(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const one = (row: number, col: number) => `${d}${columnLetters(col)}${d}${row + 1}`;
  const start = one(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${one(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** How Excel writes a sheet name in a reference: quoted unless it is a plain identifier. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

const { floor } = Math; // bound once: global look-ups are slow inside jest's sandbox

export function keyRow(key: number): number {
  return floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
