import type { WritePlan } from "../core/plan/writePlan";
import { DEFAULT_CHUNK_BYTES } from "../workbook/chunk";
import type { ApplyProgress, ApplyReport } from "../workbook/gateway";
import { toOfficeRequestError } from "./errors";
import type { ExcelRun, RequirementCheck } from "./excelRun";
import { planChunks } from "./planChunks";
import { loadWorkbookNow } from "./preflight";
import { queueOp } from "./queueOp";
import { reconcilePlan } from "./reconcilePlan";
import { WriteSession } from "./writeSession";

export interface ApplyOptions {
  requirements: RequirementCheck;
  budget?: number;
}

/**
 * Writes the plan: one request to check the workbook as it is now, then one context.sync per
 * chunk. Reports progress after every chunk.
 */
export async function applyPlan(
  run: ExcelRun,
  plan: WritePlan,
  onProgress: ((p: ApplyProgress) => void) | undefined,
  options: ApplyOptions,
): Promise<ApplyReport> {
  const names = plan.sheets.map((s) => s.name);
  if (plan.sheets.length === 0) return { requests: 0, sheets: [] };
  // Screen updating can be paused from ExcelApi 1.9 on; older hosts simply repaint as they go.
  const suspend = options.requirements("ExcelApi", "1.9");
  let requests = 0;
  try {
    await run(async (context) => {
      const now = await loadWorkbookNow(context);
      requests++;
      const { chunks, listSources } = planChunks(reconcilePlan(plan, now), options.budget ?? DEFAULT_CHUNK_BYTES);
      const session = new WriteSession(context, now.tables, listSources);
      for (let i = 0; i < chunks.length; i++) {
        if (suspend) context.workbook.application.suspendScreenUpdatingUntilNextSync();
        for (const op of chunks[i].ops) queueOp(session, op);
        await context.sync();
        requests++;
        onProgress?.({ done: i + 1, total: chunks.length });
      }
    });
  } catch (e) {
    throw toOfficeRequestError(e, "write");
  }
  return { requests, sheets: names };
}
