import type { ListValidation, WritePlan } from "../core/plan/writePlan";
import { chunkPlan, DEFAULT_CHUNK_BYTES, type Chunk } from "../workbook/chunk";
import { planListSources, type ListSource } from "./listSources";
import { guardSheetText } from "./prepareText";

/**
 * The plan as Office will receive it: long lists moved into helper cells, every text guarded
 * against being parsed, then cut into requests by size. Without `pageSetup` (a host before
 * ExcelApi 1.9) the print settings are left out.
 */
export function planChunks(
  plan: WritePlan,
  budget = DEFAULT_CHUNK_BYTES,
  pageSetup = true,
  checkboxes = false,
): { chunks: Chunk[]; listSources: Map<ListValidation, ListSource> } {
  const listSources = new Map<ListValidation, ListSource>();
  const sheets = plan.sheets.map((s) => {
    const { sheet, sources } = planListSources(s);
    for (const [v, src] of sources) listSources.set(v, src);
    return guardSheetText(sheet);
  });
  return { chunks: chunkPlan({ sheets }, budget, { pageSetup, checkboxes }), listSources };
}
