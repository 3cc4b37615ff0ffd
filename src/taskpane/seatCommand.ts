import { fillSeating } from "../app/seat";
import { summarizeSeating, type SeatSummary } from "../app/seatSummary";
import type { Lang } from "../core/i18n";
import type { WorkbookGateway } from "../workbook/gateway";
import { createWorkerSolver, type TableWorkerPort } from "./workerSolver";

export interface SeatCommandOptions {
  lang: Lang;
  /** Starts the table worker; undefined (or a throw) plans in this thread. */
  startWorker: () => TableWorkerPort | undefined;
  onProgress: (done: number, total: number) => void;
  shouldCancel: () => boolean;
}

/** The Seat command as the pane runs it (its own chunk): the tables planned in a Web Worker, a plain summary back. */
export async function runSeatCommand(gateway: WorkbookGateway, opts: SeatCommandOptions): Promise<SeatSummary> {
  const result = await fillSeating(gateway, {
    lang: opts.lang,
    onProgress: opts.onProgress,
    shouldCancel: opts.shouldCancel,
    solve: createWorkerSolver(opts.startWorker),
  });
  return summarizeSeating(result);
}
