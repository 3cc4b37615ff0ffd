import type { PageSetup, SheetWrite } from "../core/plan/writePlan";
import type { ChunkOp } from "./chunkOp";

/**
 * The rows a page break goes before, as both adapters write them: sorted, each once, and none
 * before the first row (the first page starts there anyway).
 */
export function pageBreakRows(page: PageSetup | undefined): number[] {
  return [...new Set((page?.breaksBefore ?? []).filter((r) => r > 0))].sort((a, b) => a - b);
}

/**
 * The print settings step of a sheet, after its content. A replaced sheet gets one even without
 * settings in the plan: it starts afresh, as a new sheet would (old page breaks go).
 */
export function pageOp(s: SheetWrite): ChunkOp | undefined {
  const fresh = s.exists && s.mode === "replace";
  if (!s.page && !fresh) return undefined;
  return { kind: "page", sheet: s.name, page: s.page ?? {}, fresh };
}
