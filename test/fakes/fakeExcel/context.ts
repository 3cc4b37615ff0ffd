import { FakeWorkbook } from "./proxies/workbook";
import { FakeRequestQueue, type FakeLimits, type FakeStats } from "./request";
import type { FakeWorkbookState } from "./state";

/** Stands in for Excel.RequestContext: a workbook of proxies and sync(). */
export class FakeRequestContext {
  readonly queue: FakeRequestQueue;
  readonly workbook: FakeWorkbook;

  constructor(state: FakeWorkbookState, stats: FakeStats, limits: FakeLimits) {
    this.queue = new FakeRequestQueue(state, stats, limits);
    this.workbook = new FakeWorkbook(this, stats);
  }

  sync(): Promise<void> {
    return this.queue.sync();
  }

  /** A marker in the request; a failed sync's error lists the markers reached (traceMessages). */
  trace(message: string): void {
    this.queue.enqueue({ bytes: this.queue.actionBytes("Trace", message), trace: message, run: () => undefined });
  }
}
