/** A1 addresses from 0-based row/column indexes and back. Pure and allocation-light. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C7" for row 6, col 2 (0-based). */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "A1:C7" for a block; a single cell gives "A1". */
export function a1Range(row: number, col: number, rows: number, cols: number): string {
  const start = a1(row, col);
  if (rows <= 1 && cols <= 1) return start;
  return `${start}:${a1(row + Math.max(rows, 1) - 1, col + Math.max(cols, 1) - 1)}`;
}

export interface CellRef {
  row: number;
  col: number;
}

/** Parses "C7" or "$C$7" (no sheet part); undefined when it is not an address. */
export function parseA1(address: string): CellRef | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  if (row < 0) return undefined;
  return { row, col: columnIndex(m[1]) };
}

/** Names Excel would read as something else unquoted: a cell (A1, XFD1048576), R1C1, or a boolean. */
const LOOKS_LIKE_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|true|false)$/i;

/** Quotes a sheet name for use in a reference: 'Roster 2026'!A1, 'A1'!B2; plain names stay plain. */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !LOOKS_LIKE_REFERENCE.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
