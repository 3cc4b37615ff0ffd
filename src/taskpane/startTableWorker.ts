import type { TableWorkerPort } from "./workerSolver";

/**
 * Starts the table optimiser's Web Worker, or returns undefined where the host has no workers.
 * Webpack recognises this `new Worker(new URL(…, import.meta.url))` form and emits tableWorker.ts
 * as its own chunk, fetched from the add-in's own origin. Only the production build loads this
 * file; tests pass a fake worker instead.
 */
export function startTableWorker(): TableWorkerPort | undefined {
  if (typeof Worker === "undefined") return undefined;
  // @ts-expect-error tsc checks the project as CommonJS, which has no import.meta; webpack compiles this file as an ES module.
  return new Worker(/* webpackChunkName: "table-worker" */ new URL("./tableWorker.ts", import.meta.url));
}
