import { optimiseTables } from "../core/seating/tables/optimise";
import type { TableWorkerReply, TableWorkerRequest } from "./tableWorkerProtocol";

/** Progress messages at most this often: enough for a smooth bar without flooding the pane. */
export const PROGRESS_INTERVAL_MS = 50;

/** Plans the tables for one request, posting throttled progress, then the result or a one-line error. */
export function runTableRequest(request: TableWorkerRequest, post: (reply: TableWorkerReply) => void, now: () => number = Date.now): void {
  let last = -Infinity;
  try {
    const result = optimiseTables(request.problem, {
      seed: request.options.seed,
      iterations: request.options.iterations,
      onProgress: (done, total) => {
        const t = now();
        if (done < total && t - last < PROGRESS_INTERVAL_MS) return;
        last = t;
        post({ type: "progress", done, total });
      },
    });
    post({ type: "result", result });
  } catch (e) {
    // The message only: a stack means nothing to a planner.
    const message = e instanceof Error ? e.message : String(e);
    post({ type: "error", message: message.trim() || "unknown error" });
  }
}

interface WorkerScope {
  onmessage: ((event: { data: TableWorkerRequest }) => void) | null;
  postMessage(reply: TableWorkerReply): void;
}

// importScripts exists only in a worker's global scope: imported anywhere else (a test), this module only exports.
if (typeof importScripts === "function") {
  const scope = self as unknown as WorkerScope;
  scope.onmessage = (event) => runTableRequest(event.data, (reply) => scope.postMessage(reply));
}
