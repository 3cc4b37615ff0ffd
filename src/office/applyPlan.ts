import type { WritePlan } from "../core/plan/writePlan";
import { DEFAULT_CHUNK_BYTES, splitChunk } from "../workbook/chunk";
import type { Chunk } from "../workbook/chunkOp";
import type { ApplyProgress, ApplyReport } from "../workbook/gateway";
import { isPayloadLimitError, toOfficeRequestError } from "./errors";
import type { ExcelRun, RequirementCheck } from "./excelRun";
import { queueFirstChunk } from "./firstRequest";
import { firstRequestFailure } from "./firstRequestFailure";
import { supportsCheckboxes } from "./checkboxes";
import { supportsPageSetup } from "./pageLayout";
import { planChunks } from "./planChunks";
import { queueOp } from "./queueOp";
import { fitCellLimits } from "../workbook/cellLimit";
import { freeTableNames, type TakenName } from "../workbook/freeTableNames";
import { refusePlan } from "./refusePlan";
import { removeAddedSheets } from "./removeAddedSheets";
import { stageReplacements, withTableRenames, type StagedSwap } from "../workbook/stagedReplace";
import { swapStaged } from "./swapStaged";
import { verifyExpected } from "./verifyExpected";
import { WriteSession } from "./writeSession";

export interface ApplyOptions {
  requirements: RequirementCheck;
  budget?: number;
  /** Names of the tables the last read saw on a sheet. */
  tablesSeen?: (sheet: string) => readonly string[];
  /** Every table the last read saw, with its sheet: a plan's table is renamed rather than collide with one. */
  allTables?: () => readonly TakenName[];
  /** The sheet names the last read saw: a staging name keeps clear of them. */
  sheetsSeen?: () => readonly string[];
}

/**
 * Writes the plan in exactly one context.sync per chunk, reporting progress after each. The
 * plan's `exists` and `marker` say what the read saw; the first request opens with checks that
 * the workbook still looks that way (see setupOps), so a co-author's change since the read
 * stops the write before it changes anything.
 */
export async function applyPlan(
  run: ExcelRun,
  planned: WritePlan,
  onProgress: ((p: ApplyProgress) => void) | undefined,
  options: ApplyOptions,
): Promise<ApplyReport> {
  const plan = freeTableNames(fitCellLimits(planned), options.allTables?.() ?? []);
  const names = plan.sheets.map((s) => s.name);
  if (plan.sheets.length === 0) return { requests: 0, sheets: [] };
  refusePlan(plan);
  // Print settings need ExcelApi 1.9 too; an older host writes everything else.
  const pageSetup = supportsPageSetup(options.requirements);
  // Checkbox cells need ExcelApi 1.18; elsewhere the same cells show TRUE/FALSE.
  const checkboxes = supportsCheckboxes(options.requirements);
  const budget = options.budget ?? DEFAULT_CHUNK_BYTES;
  let { chunks, listSources } = planChunks(plan, budget, pageSetup, checkboxes);
  // A write of several requests that replaces sheets writes them beside the old ones and swaps
  // them in at the end, so that a request failing half-way leaves no half-written sheet.
  let swaps: StagedSwap[] = [];
  if (chunks.length > 1) {
    const staged = stageReplacements(plan, options.sheetsSeen?.() ?? []);
    if (staged.swaps.length > 0) {
      const stagedPlan = freeTableNames(staged.plan, options.allTables?.() ?? []);
      swaps = withTableRenames(staged.swaps, staged.plan, stagedPlan);
      ({ chunks, listSources } = planChunks(stagedPlan, budget, pageSetup, checkboxes));
      chunks[0].ops.unshift(...staged.checks);
    }
  }
  // Screen updating can be paused from ExcelApi 1.9 on; older hosts simply repaint as they go.
  const suspend = options.requirements("ExcelApi", "1.9");
  let requests = 0;
  const added = [...plan.sheets.filter((s) => !s.exists).map((s) => s.name), ...swaps.map((s) => s.staging)];
  const writeChunk = async (context: Excel.RequestContext, chunk: Chunk, first: boolean) => {
    const session = new WriteSession(context, listSources, options.tablesSeen, pageSetup, checkboxes);
    if (suspend) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    if (first) queueFirstChunk(session, chunk.ops);
    else for (const op of chunk.ops) queueOp(session, op);
    try {
      await context.sync();
    } catch (e) {
      throw first ? await firstRequestFailure(context, e) : e;
    }
    requests++;
  };
  /**
   * One chunk in a run of its own; the first opens with the checks of what the read saw. A chunk
   * Excel refuses for its size (its estimate fell short) is halved and retried, as reads are:
   * Excel refuses an oversized request before running any of it, so the first part of a halved
   * first chunk still carries the checks.
   */
  const write = async (chunk: Chunk, first: boolean): Promise<void> => {
    try {
      await run(async (context) => {
        if (first) await verifyExpected(context, plan);
        await writeChunk(context, chunk, first);
      });
    } catch (e) {
      const halves = isPayloadLimitError(e) ? splitChunk(chunk) : [chunk];
      if (halves.length === 1) throw e;
      for (let h = 0; h < halves.length; h++) await write(halves[h], first && h === 0);
    }
  };
  try {
    // Each chunk in a run of its own: Office.js keeps a reference to every range a run makes and
    // releases them all in one request when the run ends — for a 60,000-finding Check, one of
    // 6.8 MB that Excel on the web refuses. Per chunk, that release stays as small as the chunk.
    for (let i = 0; i < chunks.length; i++) {
      await write(chunks[i], i === 0);
      onProgress?.({ done: i + 1, total: chunks.length });
    }
    if (swaps.length > 0) {
      await run((context) => swapStaged(context, swaps));
      requests += 2;
    }
  } catch (e) {
    // Once something was written, a sheet this write added is taken away again rather than left half-made.
    if (requests > 0) await run((context) => removeAddedSheets(context, added)).catch(() => undefined);
    throw toOfficeRequestError(e, "write");
  }
  return { requests, sheets: names };
}
