import { utf8Bytes } from "../../../src/workbook/chunk";
import { REQUEST_ENVELOPE_BYTES, WireBytes } from "./wireBytes";
import { payloadTooLarge } from "./officeError";
import type { FakeWorkbookState } from "./state";

/** One queued command. `run` returns the data a load sends back, and how to hand it to the proxy. */
export interface QueuedAction {
  /** Bytes this command adds to the request (its JSON). */
  bytes: number;
  /** A context.trace() marker: recorded when reached, reported on the error of a failed sync. */
  trace?: string;
  run(state: FakeWorkbookState): { payload: unknown; commit(): void } | void;
}

export interface FakeStats {
  /** Every context.sync() call, failed or not. */
  syncs: number;
  failedSyncs: number;
  /** Per sync, in order: request and response sizes (UTF-8 bytes of their JSON). */
  requestBytes: number[];
  responseBytes: number[];
  /** Error codes of failed syncs, in order. */
  errors: string[];
  screenUpdatingSuspensions: number;
  runs: number;
  /** Runs asked to wait while the user is editing a cell (Excel.run({ delayForCellEdit: true }, …)). */
  delayedForCellEdit: number;
}

export interface FakeLimits {
  /** Excel on the web: 5 MB for a request and for a response. */
  payloadLimit: number;
  /** Highest ExcelApi minor version the host supports (8 → 1.8). */
  apiMinor: number;
  /**
   * True: an object got from a null object is a null object too (what the gateway expects).
   * False: such a call fails with InvalidObjectPath, to test the gateway's fallback.
   */
  nullPropagates: boolean;
  /** Whether a failed sync's error carries the trace messages reached (traceMessages). */
  reportsTraces: boolean;
}

/**
 * The batching heart of the fake: commands queue up on proxies and run only on sync(), in
 * order. Like Excel, a failing command stops the batch: the commands before it keep their
 * effect, none after it runs, and nothing is undone. A request over the payload limit is
 * refused before anything runs; a response over it fails the sync after the commands ran.
 */
export class FakeRequestQueue {
  private actions: QueuedAction[] = [];
  /** Bytes of the objects got since the last sync (paths, instantiations), sent with the next request. */
  private objects = 0;
  private readonly wire = new WireBytes();
  /** Which sync is running (object paths got by name are looked up again in every request). */
  generation = 0;

  constructor(
    private readonly state: FakeWorkbookState,
    private readonly stats: FakeStats,
    readonly limits: FakeLimits,
  ) {}

  get pending(): number {
    return this.actions.length;
  }

  /** An object got by `step` ("getRange(A1)", "format"): its path and instantiation go with the next request. */
  chargeObject(step: string, keepsReference = false): void {
    this.objects += this.wire.object(step, keepsReference);
  }

  /** Bytes of one action (a property set, a method call, a load) with its arguments. */
  actionBytes(name: string, args?: unknown): number {
    return this.wire.action(name, args);
  }

  enqueue(action: QueuedAction): void {
    this.actions.push(action);
  }

  async sync(): Promise<void> {
    const actions = this.actions;
    this.actions = [];
    this.generation++;
    this.stats.syncs++;
    const requestBytes = actions.reduce((n, a) => n + a.bytes, REQUEST_ENVELOPE_BYTES + this.objects);
    this.objects = 0;
    this.stats.requestBytes.push(requestBytes);
    await Promise.resolve();
    const traced: string[] = [];
    if (requestBytes > this.limits.payloadLimit) {
      this.stats.responseBytes.push(0);
      this.fail(payloadTooLarge("Request", requestBytes), traced);
    }
    const payloads: unknown[] = [];
    const commits: (() => void)[] = [];
    try {
      for (const a of actions) {
        if (a.trace !== undefined) traced.push(a.trace);
        const r = a.run(this.state);
        if (r) {
          payloads.push(r.payload);
          commits.push(r.commit);
        }
      }
    } catch (e) {
      this.stats.responseBytes.push(0);
      this.fail(e, traced);
    }
    const responseBytes = utf8Bytes(JSON.stringify(payloads));
    this.stats.responseBytes.push(responseBytes);
    if (responseBytes > this.limits.payloadLimit) this.fail(payloadTooLarge("Response", responseBytes), traced);
    for (const c of commits) c();
  }

  private fail(e: unknown, traced: string[]): never {
    this.stats.failedSyncs++;
    this.stats.errors.push((e as { code?: string }).code ?? String(e));
    if (this.limits.reportsTraces && typeof e === "object" && e !== null) Object.assign(e, { traceMessages: traced });
    throw e;
  }
}
