import type { SheetWrite, WritePlan } from "../core/plan/writePlan";
import type { Chunk } from "./chunkOp";
import { OP_OVERHEAD_BYTES } from "./opBytes";
import { addFormat, addRowBlock, Packer } from "./packer";
import { DEFAULT_CHUNK_BYTES } from "./requestLimits";
import { rowHeightRuns } from "./rowHeightRuns";
import { pageOp } from "./pageSetup";
import { setupOps } from "./setupOps";

export type { Chunk, ChunkOp } from "./chunkOp";
export { estimateOpBytes, OP_OVERHEAD_BYTES } from "./opBytes";
export { pageBreakRows } from "./pageSetup";
export { DEFAULT_CHUNK_BYTES, MAX_REQUEST_BYTES } from "./requestLimits";
export { utf8Bytes } from "./utf8Bytes";

export interface ChunkOptions {
  /** Whether the host takes print settings (Office: ExcelApi 1.9); without, no page steps at all. */
  pageSetup?: boolean;
  /** Whether the host shows checkbox cells (Office: ExcelApi 1.18); without, the cells stay plain booleans. */
  checkboxes?: boolean;
}

function addSheetContent(packer: Packer, s: SheetWrite, options: ChunkOptions): void {
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
  // After the values (a merge keeps only its top-left cell's) and before the formats, so a merged
  // cell's format is set on the merged area as a whole.
  for (const range of s.merges ?? []) packer.add({ kind: "merge", sheet, range });
  for (const f of s.formats ?? []) addFormat(packer, sheet, f);
  for (const width of s.columnWidths ?? []) packer.add({ kind: "columnWidth", sheet, width });
  for (const run of rowHeightRuns(s.rowHeights ?? [])) packer.add({ kind: "rowHeight", sheet, ...run });
  for (const validation of s.validations ?? []) packer.add({ kind: "validation", sheet, validation });
  for (const link of s.links ?? []) packer.add({ kind: "link", sheet, link });
  for (const table of s.tables ?? []) packer.add({ kind: "table", sheet, table });
  if (s.freeze && (s.freeze.rows > 0 || s.freeze.cols > 0)) {
    packer.add({ kind: "freeze", sheet, rows: s.freeze.rows, cols: s.freeze.cols });
  }
  if (options.checkboxes) for (const range of s.checkboxes ?? []) packer.add({ kind: "checkbox", sheet, range });
  const page = options.pageSetup === false ? undefined : pageOp(s);
  if (page) packer.add(page);
  if (s.hidden) packer.add({ kind: "hide", sheet });
}

/**
 * Splits a WritePlan into requests small enough for Excel on the web, which rejects a request
 * over 5 MB. Chunks are cut by estimated size, not by a row count: 10,000 short rows may fit
 * one request where 2,000 long ones do not.
 *
 * The plan as an ordered list of chunks, each estimated under `budget` bytes (a single row
 * larger than the budget is the only exception, alone in its chunk). The setup (see setupOps:
 * checks, added sheets, markers, clearing) comes first, so its checks open the first request;
 * then each sheet's content in plan order (its print settings last), then activation. One
 * request per chunk. Pure.
 */
export function chunkPlan(plan: WritePlan, budget: number = DEFAULT_CHUNK_BYTES, options: ChunkOptions = {}): Chunk[] {
  const packer = new Packer(budget);
  for (const op of setupOps(plan)) packer.add(op);
  for (const s of plan.sheets) addSheetContent(packer, s, options);
  const active = [...plan.sheets].reverse().find((s) => s.activate);
  if (active) packer.add({ kind: "activate", sheet: active.name });
  packer.flush();
  return packer.chunks;
}

/**
 * A chunk Excel refused for its size, cut in two or more of at most half its estimated bytes, in
 * the same order: rows of a values or formulas block are split, other operations kept whole.
 * Returns the chunk alone when it cannot be cut (one operation of one row).
 */
export function splitChunk(chunk: Chunk): Chunk[] {
  const packer = new Packer(Math.max(1, Math.floor(chunk.bytes / 2)));
  for (const op of chunk.ops) {
    if (op.kind === "values" && op.values.length > 1)
      addRowBlock(packer, op.values, OP_OVERHEAD_BYTES, (from, to) => ({ ...op, row: op.row + from, values: op.values.slice(from, to) }));
    else if (op.kind === "formulas" && op.formulas.length > 1)
      addRowBlock(packer, op.formulas, OP_OVERHEAD_BYTES, (from, to) => ({
        ...op,
        row: op.row + from,
        formulas: op.formulas.slice(from, to),
      }));
    else packer.add(op);
  }
  packer.flush();
  return packer.chunks.length > 1 ? packer.chunks : [chunk];
}
