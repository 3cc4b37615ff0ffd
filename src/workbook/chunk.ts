import type { CellValue } from "../core/cellValue";
import type {
  ColumnWidth,
  FormatSpec,
  InternalLink,
  ListValidation,
  OwnedKind,
  SheetWrite,
  TableSpec,
  WritePlan,
} from "../core/plan/writePlan";

/**
 * Splits a WritePlan into requests small enough for Excel on the web, which rejects a
 * request over 5 MB. Chunks are cut by estimated size, not by a row count: 10,000 short
 * rows may fit one request where 2,000 long ones do not.
 */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

/** Default budget per request: a fifth below the limit, for what the estimate cannot see. */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;

/** Estimated cost of one operation besides its data: object paths, ids, action records. */
export const OP_OVERHEAD_BYTES = 512;

/** Per formatting property set (each is its own action in the request). */
const FORMAT_PROPERTY_BYTES = 160;

export type ChunkOp =
  | { kind: "addSheet"; sheet: string }
  | { kind: "clearSheet"; sheet: string }
  | { kind: "marker"; sheet: string; owner: OwnedKind; state: "none" | "stale" }
  | { kind: "values"; sheet: string; row: number; col: number; values: CellValue[][] }
  | { kind: "formulas"; sheet: string; row: number; col: number; formulas: string[][] }
  | { kind: "format"; sheet: string; format: FormatSpec }
  | { kind: "columnWidth"; sheet: string; width: ColumnWidth }
  | { kind: "validation"; sheet: string; validation: ListValidation }
  | { kind: "link"; sheet: string; link: InternalLink }
  | { kind: "table"; sheet: string; table: TableSpec }
  | { kind: "freeze"; sheet: string; rows: number; cols: number }
  | { kind: "activate"; sheet: string };

export interface Chunk {
  ops: ChunkOp[];
  /** Estimated serialized size of the request. */
  bytes: number;
}

/** UTF-8 length of a string, without allocating (works in the pane and in Node). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function jsonBytes(x: unknown): number {
  return utf8Bytes(JSON.stringify(x));
}

function formatBytes(f: FormatSpec): number {
  let props = 0;
  for (const key of ["bold", "italic", "fontColor", "fontSize", "fill", "wrap", "horizontal", "vertical"] as const) {
    if (f[key] !== undefined) props++;
  }
  if (f.border) props += 18; // six edges × style, weight, colour
  let bytes = OP_OVERHEAD_BYTES + props * FORMAT_PROPERTY_BYTES;
  // A number format is sent once per cell (Office.js takes a full 2D array).
  if (f.numberFormat !== undefined) bytes += f.range.rows * f.range.cols * (jsonBytes(f.numberFormat) + 1) + f.range.rows * 2;
  return bytes;
}

/** Estimated request bytes of one operation. */
export function estimateOpBytes(op: ChunkOp): number {
  switch (op.kind) {
    case "values":
      return OP_OVERHEAD_BYTES + jsonBytes(op.values);
    case "formulas":
      return OP_OVERHEAD_BYTES + jsonBytes(op.formulas);
    case "format":
      return formatBytes(op.format);
    case "validation":
      return OP_OVERHEAD_BYTES * 2 + jsonBytes(op.validation.list);
    case "link":
      return OP_OVERHEAD_BYTES + jsonBytes(op.link);
    case "clearSheet":
      return OP_OVERHEAD_BYTES * 6;
    case "marker":
      return OP_OVERHEAD_BYTES * 3 + jsonBytes(op.sheet);
    default:
      return OP_OVERHEAD_BYTES + jsonBytes(op.sheet);
  }
}

/** Greedy packer: fills each chunk until the next piece would pass the budget. */
class Packer {
  readonly chunks: Chunk[] = [];
  private cur: ChunkOp[] = [];
  private curBytes = 0;

  constructor(readonly budget: number) {}

  get room(): number {
    return this.budget - this.curBytes;
  }

  get empty(): boolean {
    return this.cur.length === 0;
  }

  add(op: ChunkOp, bytes = estimateOpBytes(op)): void {
    if (bytes > this.room && !this.empty) this.flush();
    this.cur.push(op);
    this.curBytes += bytes;
  }

  flush(): void {
    if (this.empty) return;
    this.chunks.push({ ops: this.cur, bytes: this.curBytes });
    this.cur = [];
    this.curBytes = 0;
  }
}

/** Splits a row block into pieces that fill the current chunk, then whole chunks. */
function addRowBlock<T>(packer: Packer, rows: T[][], baseBytes: number, make: (from: number, to: number) => ChunkOp): void {
  const rowBytes = rows.map((r) => jsonBytes(r) + 1);
  let from = 0;
  while (from < rows.length) {
    let bytes = baseBytes + 2;
    let to = from;
    while (to < rows.length && bytes + rowBytes[to] <= packer.room) bytes += rowBytes[to++];
    if (to === from) {
      if (!packer.empty) {
        packer.flush();
        continue;
      }
      // A single row larger than a whole chunk: it goes alone (cannot be split further).
      bytes += rowBytes[to++];
    }
    packer.add(make(from, to), bytes);
    from = to;
  }
}

/** Splits a format whose number format makes it large into row bands. */
function addFormat(packer: Packer, sheet: string, f: FormatSpec): void {
  const total = formatBytes(f);
  if (f.numberFormat === undefined || total <= packer.room || f.range.rows <= 1) {
    packer.add({ kind: "format", sheet, format: f }, total);
    return;
  }
  const perRow = f.range.cols * (jsonBytes(f.numberFormat) + 1) + 2;
  const base = total - perRow * f.range.rows;
  let from = 0;
  while (from < f.range.rows) {
    let n = Math.floor((packer.room - base) / perRow);
    if (n < 1) {
      if (!packer.empty) {
        packer.flush();
        continue;
      }
      n = 1;
    }
    n = Math.min(n, f.range.rows - from);
    const part: FormatSpec = { ...f, range: { ...f.range, row: f.range.row + from, rows: n } };
    packer.add({ kind: "format", sheet, format: part }, base + perRow * n);
    from += n;
  }
}

function markerOp(s: SheetWrite): ChunkOp | undefined {
  if (!s.owner) return undefined;
  // Without a state from the read, an existing sheet is assumed to carry its marker already.
  const state = s.marker ?? (s.exists ? "current" : "none");
  return state === "current" ? undefined : { kind: "marker", sheet: s.name, owner: s.owner, state };
}

function addSheetContent(packer: Packer, s: SheetWrite): void {
  const sheet = s.name;
  for (const b of s.values) {
    if (b.values.length === 0) continue;
    addRowBlock(packer, b.values, OP_OVERHEAD_BYTES, (from, to) => ({
      kind: "values",
      sheet,
      row: b.row + from,
      col: b.col,
      values: b.values.slice(from, to),
    }));
  }
  for (const b of s.formulas ?? []) {
    if (b.formulas.length === 0) continue;
    addRowBlock(packer, b.formulas, OP_OVERHEAD_BYTES, (from, to) => ({
      kind: "formulas",
      sheet,
      row: b.row + from,
      col: b.col,
      formulas: b.formulas.slice(from, to),
    }));
  }
  for (const f of s.formats ?? []) addFormat(packer, sheet, f);
  for (const width of s.columnWidths ?? []) packer.add({ kind: "columnWidth", sheet, width });
  for (const validation of s.validations ?? []) packer.add({ kind: "validation", sheet, validation });
  for (const link of s.links ?? []) packer.add({ kind: "link", sheet, link });
  for (const table of s.tables ?? []) packer.add({ kind: "table", sheet, table });
  if (s.freeze && (s.freeze.rows > 0 || s.freeze.cols > 0)) {
    packer.add({ kind: "freeze", sheet, rows: s.freeze.rows, cols: s.freeze.cols });
  }
}

/**
 * The plan as an ordered list of chunks, each estimated under `budget` bytes (a single row
 * larger than the budget is the only exception, alone in its chunk). Setup of every sheet
 * (add or clear, ownership marker) comes first, then each sheet's content in plan order,
 * then activation. Pure.
 */
export function chunkPlan(plan: WritePlan, budget: number = DEFAULT_CHUNK_BYTES): Chunk[] {
  const packer = new Packer(budget);
  for (const s of plan.sheets) {
    if (!s.exists) packer.add({ kind: "addSheet", sheet: s.name });
    else if (s.mode === "replace") packer.add({ kind: "clearSheet", sheet: s.name });
    const marker = markerOp(s);
    if (marker) packer.add(marker);
  }
  for (const s of plan.sheets) addSheetContent(packer, s);
  const active = [...plan.sheets].reverse().find((s) => s.activate);
  if (active) packer.add({ kind: "activate", sheet: active.name });
  packer.flush();
  return packer.chunks;
}
