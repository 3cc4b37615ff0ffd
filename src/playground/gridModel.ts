import type { CellValue } from "../core/cellValue";
import { columnIndex } from "../core/cellAddress";
import type { SheetSnapshot } from "../workbook/gateway";

/** A block of cells, 0-based: what goToCell asked to show. */
export interface CellBlock {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The part of a sheet the grid renders: a window of rows and columns, 0-based. */
export interface GridWindow {
  firstRow: number;
  rows: number;
  firstCol: number;
  cols: number;
  /** How far the sheet (and the selection) reach: rows and columns from A1. */
  totalRows: number;
  totalCols: number;
}

/** Rendering every cell of a large roster would stall the page: the grid shows at most this much. */
export const MAX_ROWS = 500;
export const MAX_COLS = 50;
/** An empty or small sheet still looks like a sheet. */
const MIN_ROWS = 30;
const MIN_COLS = 12;

/** "B7", "$B$7", "A50:AG50", "5:5", "C:C" (Huiwu's findings point at cells, rows and ranges). */
export function parseBlock(ref: string): CellBlock | undefined {
  const address = ref.trim().replace(/\$/g, "").split("!").pop() ?? "";
  const [from, to = from] = address.split(":");
  const a = corner(from);
  const b = corner(to);
  if (!a || !b) return undefined;
  // A whole row or column ("5:5", "C:C") is shown from its first cell.
  const row = Math.min(a.row ?? 0, b.row ?? 0);
  const col = Math.min(a.col ?? 0, b.col ?? 0);
  const rows = a.row === undefined || b.row === undefined ? 1 : Math.abs(a.row - b.row) + 1;
  const cols = a.col === undefined || b.col === undefined ? 1 : Math.abs(a.col - b.col) + 1;
  return { row, col, rows, cols };
}

function corner(text: string): { row?: number; col?: number } | undefined {
  const m = /^([A-Za-z]{0,3})(\d{0,7})$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  const row = m[2] === "" ? undefined : Number(m[2]) - 1;
  if (row !== undefined && row < 0) return undefined;
  return { row, col: m[1] === "" ? undefined : columnIndex(m[1]) };
}

/**
 * Which rows and columns to render: from A1 to the end of the used range (or the selection),
 * at most MAX_ROWS × MAX_COLS. A selection past that moves the window so it is in view.
 */
export function gridWindow(snapshot: SheetSnapshot | undefined, selection?: CellBlock): GridWindow {
  const usedRows = snapshot ? snapshot.top + snapshot.values.length : 0;
  const usedCols = snapshot ? snapshot.left + snapshot.values.reduce((n, r) => Math.max(n, r.length), 0) : 0;
  const totalRows = Math.max(usedRows, selection ? selection.row + selection.rows : 0, MIN_ROWS);
  const totalCols = Math.max(usedCols, selection ? selection.col + selection.cols : 0, MIN_COLS);
  const [firstRow, rows] = span(totalRows, MAX_ROWS, selection?.row);
  const [firstCol, cols] = span(totalCols, MAX_COLS, selection?.col);
  return { firstRow, rows, firstCol, cols, totalRows, totalCols };
}

function span(total: number, max: number, selected: number | undefined): [number, number] {
  if (total <= max) return [0, total];
  if (selected === undefined || selected < max) return [0, max];
  const first = Math.min(Math.max(0, selected - Math.floor(max / 2)), total - max);
  return [first, max];
}

/** Whether the window leaves part of the sheet out. */
export function isCapped(w: GridWindow): boolean {
  return w.rows < w.totalRows || w.cols < w.totalCols;
}

/** The value at a 0-based row and column of the sheet ("" outside the used range). */
export function valueAt(snapshot: SheetSnapshot | undefined, row: number, col: number): CellValue {
  if (!snapshot) return "";
  return snapshot.values[row - snapshot.top]?.[col - snapshot.left] ?? "";
}

/**
 * A cell as the grid shows it. Dates are serial numbers in a snapshot and stay numbers here;
 * floating-point noise (0.30000000000000004) is rounded away at 12 significant digits.
 */
export function cellText(value: CellValue): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  return value;
}

export function inBlock(block: CellBlock | undefined, row: number, col: number): boolean {
  return block !== undefined && row >= block.row && row < block.row + block.rows && col >= block.col && col < block.col + block.cols;
}

/** Formulas by cell ("row,col"), for the cells the snapshot read with their work. */
export function formulasOf(snapshot: SheetSnapshot | undefined): Map<string, string> {
  const formulas = new Map<string, string>();
  for (const w of snapshot?.work ?? []) {
    if (w.formula) formulas.set(`${snapshot!.top + w.row},${snapshot!.left + w.col}`, w.formula);
  }
  return formulas;
}
