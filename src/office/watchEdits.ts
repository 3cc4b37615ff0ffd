import type { WorkbookGateway } from "../workbook/gateway";
import { defaultRequirementCheck, defaultRun, type ExcelRun, type RequirementCheck } from "./excelRun";

/**
 * Change events for the add-in's own writes arrive after the write's last sync returns; a
 * planner's edit inside this window after a write is picked up by the re-read that follows it.
 */
export const OWN_WRITE_GRACE_MS = 2000;

export interface TrackedWrites {
  gateway: WorkbookGateway;
  /** True while the gateway writes, and for OWN_WRITE_GRACE_MS after. */
  writingNow: () => boolean;
}

/** The gateway, remembering when it writes, so the edit watcher can tell Huiwu's changes from the planner's. */
export function trackWrites(gateway: WorkbookGateway, now: () => number = Date.now): TrackedWrites {
  let active = 0;
  let lastEnd = -Infinity;
  return {
    gateway: {
      ...gateway,
      read: gateway.read.bind(gateway),
      async apply(plan, onProgress) {
        active++;
        try {
          return await gateway.apply(plan, onProgress);
        } finally {
          active--;
          lastEnd = now();
        }
      },
    },
    writingNow: () => active > 0 || now() - lastEnd < OWN_WRITE_GRACE_MS,
  };
}

/** Excel.run over the context an event handler was added in. */
export type RunIn = (
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<void>,
) => Promise<void>;

/**
 * Calls onEdit for every change to a worksheet (ExcelApi 1.9's WorksheetCollection.onChanged):
 * a co-author's always, the planner's own unless Huiwu is writing. Resolves to a function that
 * removes the handler.
 */
export function watchEdits(
  writingNow: () => boolean,
  run: ExcelRun = defaultRun,
  rerun: RunIn = (ctx, batch) => Excel.run(ctx, batch),
  requirements: RequirementCheck = defaultRequirementCheck,
) {
  return async (onEdit: (sheets: string[]) => void): Promise<() => void> => {
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    await run(async (context) => {
      // An older host has no change events: nothing is watched, and the re-check button still works.
      if (requirements("ExcelApi", "1.9")) {
        handler = context.workbook.worksheets.onChanged.add(async (e) => {
          if (e.source === "Remote" || !writingNow()) onEdit([e.worksheetId]);
        });
        await context.sync();
      }
    });
    return () => {
      const h = handler;
      handler = undefined;
      if (!h) return;
      // The handler belongs to the context it was added in: removed there, quietly if the pane is closing.
      void rerun(h.context, async (context) => {
        h.remove();
        await context.sync();
      }).catch(() => undefined);
    };
  };
}
