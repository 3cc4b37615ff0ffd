import type { SheetWrite, WritePlan } from "../core/plan/writePlan";
import type { ChunkOp } from "./chunkOp";
import { stampOfWrite } from "./ownership";

function markerOp(s: SheetWrite): ChunkOp | undefined {
  if (!s.owner) return undefined;
  // Without a state from the read, an existing sheet is assumed to carry its marker already.
  const state = s.marker ?? (s.exists ? "current" : "none");
  return { kind: "marker", sheet: s.name, owner: s.owner, state, stamp: stampOfWrite(s.owner, s.values) };
}

/**
 * What comes before any content, in this order:
 *  1. lookups that change nothing and fail when the workbook no longer looks the way the plan
 *     saw it: every sheet the plan expects to exist, every marker it expects to find;
 *  2. the sheets to add (an add fails when a co-author took the name since the read);
 *  3. ownership markers, each stamped with what its sheet's A1 will hold; 4. clearing the sheets
 *     to replace.
 * Excel runs a request in order and stops at the first failing operation without undoing what
 * ran before it, so a workbook changed since the read stops the write at 1 (nothing changed)
 * or 2. With several sheets to add, a failure at the second leaves the first, empty and
 * unmarked: acceptable, as nothing of the planner's was touched; the Office adapter removes it
 * again in one more request when Excel reports how far it got.
 */
export function setupOps(plan: WritePlan): ChunkOp[] {
  const ops = expectOps(plan.sheets);
  for (const s of plan.sheets) if (!s.exists) ops.push({ kind: "addSheet", sheet: s.name });
  for (const s of plan.sheets) {
    const marker = markerOp(s);
    if (marker) ops.push(marker);
  }
  for (const s of plan.sheets) if (s.exists && s.mode === "replace") ops.push({ kind: "clearSheet", sheet: s.name });
  return ops;
}

/** The lookups of step 1: every sheet the plan expects to exist, then every marker it expects to find. */
export function expectOps(sheets: readonly SheetWrite[]): ChunkOp[] {
  const ops: ChunkOp[] = [];
  for (const s of sheets) if (s.exists) ops.push({ kind: "expectSheet", sheet: s.name });
  for (const s of sheets) {
    if (s.owner && (s.marker === "current" || s.marker === "stale")) {
      ops.push({ kind: "expectMarker", sheet: s.name, owner: s.owner, state: s.marker });
    }
  }
  return ops;
}
