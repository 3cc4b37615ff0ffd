import type { TableSolver } from "../app/seat";
import { optimiseTables } from "../core/seating/tables/optimise";
import type { TableResult } from "../core/seating/tables/types";
import type { TableWorkerReply, TableWorkerRequest } from "./tableWorkerProtocol";

/** The parts of a Worker the solver uses, so a test can pass a fake. */
export interface TableWorkerPort {
  onmessage: ((event: MessageEvent<TableWorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(request: TableWorkerRequest): void;
  terminate(): void;
}

/** A failure of the table worker, with the Chinese text the pane shows in a Chinese pane. */
export class TableWorkerError extends Error {
  readonly messageZh: string;
  constructor(detail: string | undefined) {
    const d = detail?.trim();
    super(d ? `The table plan could not be computed: ${d}` : "The table plan could not be computed (the planning worker stopped).");
    this.messageZh = d ? `无法计算桌次安排：${d}` : "无法计算桌次安排（后台计算意外停止）。";
    this.name = "TableWorkerError";
  }
}

/** How often the solver asks whether to cancel when no progress message has come. */
export const CANCEL_POLL_MS = 100;

/**
 * A TableSolver that plans in a Web Worker, so the pane stays responsive and the run can be
 * cancelled: progress is forwarded, cancel is checked on every progress message (and on a timer)
 * and terminates the worker. Where no worker can be started, it plans in this thread instead.
 */
export function createWorkerSolver(startWorker: () => TableWorkerPort | undefined, inThread: TableSolver = optimiseTables): TableSolver {
  return (problem, options) => {
    if (options.shouldCancel?.()) return { status: "cancelled" };
    let worker: TableWorkerPort | undefined;
    try {
      worker = startWorker();
    } catch {
      worker = undefined; // e.g. a host policy forbids workers
    }
    if (!worker) return inThread(problem, options);
    const w = worker;
    return new Promise<TableResult>((resolve, reject) => {
      let settled = false;
      const finish = (settle: () => void): void => {
        if (settled) return;
        settled = true;
        clearInterval(timer);
        w.onmessage = null;
        w.onerror = null;
        w.terminate();
        settle();
      };
      const cancelled = (): boolean => {
        if (!options.shouldCancel?.()) return false;
        finish(() => resolve({ status: "cancelled" }));
        return true;
      };
      const timer = setInterval(cancelled, CANCEL_POLL_MS);
      w.onmessage = ({ data }) => {
        if (cancelled()) return;
        if (data.type === "progress") options.onProgress?.(data.done, data.total);
        else if (data.type === "result") finish(() => resolve(data.result));
        else finish(() => reject(new TableWorkerError(data.message)));
      };
      w.onerror = (event) => {
        event.preventDefault();
        finish(() => reject(new TableWorkerError(event.message)));
      };
      w.postMessage({ problem, options: { seed: options.seed, iterations: options.iterations } });
    });
  };
}
