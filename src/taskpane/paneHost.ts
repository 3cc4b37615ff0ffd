import type { Lang } from "../core/i18n";
import type { WorkbookGateway } from "../workbook/gateway";
import type { TableWorkerPort } from "./workerSolver";

/**
 * What the pane needs from where it runs: Excel (src/taskpane/index.tsx) or the playground's
 * workbook held in the browser. Plain functions; no Office objects past this point.
 */
export interface PaneHost {
  gateway: WorkbookGateway;
  /** The host's display language (Office's, the browser's); a per-user choice in Settings wins. */
  lang: Lang;
  /** Shows a cell (or range) of a sheet to the planner. */
  goToCell: (sheet: string, cell: string) => Promise<void>;
  /**
   * Calls onEdit when someone (the planner, a co-author) edits the workbook, but not for the
   * pane's own writes; resolves to a function that stops watching. Absent: no live re-check.
   */
  watchEdits?: (onEdit: (sheets: string[]) => void) => Promise<() => void>;
  /** Starts the banquet search's Web Worker (undefined: plan in the pane's thread). */
  startWorker: () => TableWorkerPort | undefined;
  /** Per-user preferences (the language override, the live re-check switch); absent: not kept. */
  prefs?: Pick<Storage, "getItem" | "setItem">;
}
