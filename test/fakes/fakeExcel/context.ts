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
}
