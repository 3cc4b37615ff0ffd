import type { FormatSpec } from "../core/plan/writePlan";
import type { Chunk, ChunkOp } from "./chunkOp";
import { estimateOpBytes, formatBytes, numberFormatRowBytes } from "./opBytes";
import { jsonBytes } from "./utf8Bytes";

/**
 * What every request carries besides its operations: the envelope, the workbook and its sheet
 * collection as object paths, the screen-updating action (about 0.5 KB in Office.js's requests).
 */
export const REQUEST_BASE_BYTES = 1024;

/** Greedy packer: fills each chunk until the next piece would pass the budget. */
export class Packer {
  readonly chunks: Chunk[] = [];
  private cur: ChunkOp[] = [];
  private curBytes = REQUEST_BASE_BYTES;

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
    this.curBytes = REQUEST_BASE_BYTES;
  }
}

/** Splits a row block into pieces that fill the current chunk, then whole chunks. */
export function addRowBlock<T>(packer: Packer, rows: T[][], baseBytes: number, make: (from: number, to: number) => ChunkOp): void {
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

/** Adds a format, cut into row bands when its number format makes it large. */
export function addFormat(packer: Packer, sheet: string, f: FormatSpec): void {
  const total = formatBytes(f);
  if (f.numberFormat === undefined || total <= packer.room || f.range.rows <= 1) {
    packer.add({ kind: "format", sheet, format: f }, total);
    return;
  }
  const perRow = numberFormatRowBytes(f);
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
