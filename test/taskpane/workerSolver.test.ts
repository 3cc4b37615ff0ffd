import { optimiseTables } from "../../src/core/seating/tables/optimise";
import type { OptimiseOptions, TableResult } from "../../src/core/seating/tables/types";
import type { TableWorkerReply, TableWorkerRequest } from "../../src/taskpane/tableWorkerProtocol";
import { CANCEL_POLL_MS, createWorkerSolver, TableWorkerError, type TableWorkerPort } from "../../src/taskpane/workerSolver";
import { guest, problem } from "../core/seating/tables/tableHarness";

/** A Worker stand-in: records what the pane sends and lets the test answer as the worker would. */
class FakeWorker implements TableWorkerPort {
  onmessage: TableWorkerPort["onmessage"] = null;
  onerror: TableWorkerPort["onerror"] = null;
  readonly requests: TableWorkerRequest[] = [];
  terminated = false;
  postMessage(request: TableWorkerRequest): void {
    // A real worker receives a structured clone: functions would throw DataCloneError.
    this.requests.push(structuredClone(request));
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: TableWorkerReply): void {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent<TableWorkerReply>);
  }
  crash(message?: string): { defaultPrevented: boolean } {
    const event = { message, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.onerror?.(event as unknown as ErrorEvent);
    return event;
  }
}

const PROBLEM = problem(
  ["a", "b", "c", "d"].map((id) => guest(id, { organisation: id < "c" ? "X" : "Y" })),
  [2, 2],
);
const OK: TableResult = optimiseTables(PROBLEM, { seed: 1, iterations: 50 });

function setup(options: Partial<OptimiseOptions> = {}) {
  const worker = new FakeWorker();
  const inThread = jest.fn(optimiseTables);
  const solve = createWorkerSolver(() => worker, inThread);
  const onProgress = jest.fn();
  let cancel = false;
  const result = Promise.resolve(solve(PROBLEM, { seed: 3, iterations: 900, onProgress, shouldCancel: () => cancel, ...options }));
  return { worker, inThread, onProgress, result, cancel: () => (cancel = true) };
}

afterEach(() => jest.useRealTimers());

describe("createWorkerSolver", () => {
  test("sends the problem with the seed and iterations, forwards progress and resolves with the worker's plan", async () => {
    const { worker, inThread, onProgress, result } = setup();
    expect(worker.requests).toEqual([{ problem: PROBLEM, options: { seed: 3, iterations: 900 } }]);
    worker.reply({ type: "progress", done: 0, total: 900 });
    worker.reply({ type: "progress", done: 512, total: 900 });
    expect(onProgress.mock.calls).toEqual([
      [0, 900],
      [512, 900],
    ]);
    worker.reply({ type: "result", result: OK });
    await expect(result).resolves.toEqual(OK);
    expect(worker.terminated).toBe(true);
    expect(inThread).not.toHaveBeenCalled();
  });

  test("cancel is seen on the next progress message: the worker is terminated and the run resolves cancelled", async () => {
    const { worker, onProgress, result, cancel } = setup();
    worker.reply({ type: "progress", done: 256, total: 900 });
    cancel();
    worker.reply({ type: "progress", done: 512, total: 900 });
    await expect(result).resolves.toEqual({ status: "cancelled" });
    expect(worker.terminated).toBe(true);
    expect(onProgress.mock.calls).toEqual([[256, 900]]);
  });

  test("cancel is seen on a timer too, when the worker is silent (a long construction)", async () => {
    jest.useFakeTimers();
    const { worker, result, cancel } = setup();
    jest.advanceTimersByTime(CANCEL_POLL_MS * 3);
    expect(worker.terminated).toBe(false);
    cancel();
    jest.advanceTimersByTime(CANCEL_POLL_MS);
    await expect(result).resolves.toEqual({ status: "cancelled" });
    expect(worker.terminated).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });

  test("a plan that arrives after Cancel was pressed is dropped, so nothing gets written", async () => {
    const { worker, result, cancel } = setup();
    cancel();
    worker.reply({ type: "result", result: OK });
    await expect(result).resolves.toEqual({ status: "cancelled" });
  });

  test("cancelled before it starts: no worker is started", async () => {
    const start = jest.fn(() => new FakeWorker());
    const solve = createWorkerSolver(start);
    await expect(Promise.resolve(solve(PROBLEM, { seed: 1, iterations: 10, shouldCancel: () => true }))).resolves.toEqual({
      status: "cancelled",
    });
    expect(start).not.toHaveBeenCalled();
  });

  test("an error the worker reports rejects with its message in English and Chinese, and the worker is ended", async () => {
    const { worker, result } = setup();
    worker.reply({ type: "error", message: "guest table out of range" });
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TableWorkerError);
    expect((error as TableWorkerError).message).toBe("The table plan could not be computed: guest table out of range");
    expect((error as TableWorkerError).messageZh).toBe("无法计算桌次安排：guest table out of range");
    expect(worker.terminated).toBe(true);
  });

  test("a worker that fails to load rejects with a plain message and keeps the error out of the console", async () => {
    const { worker, result } = setup();
    const event = worker.crash(undefined);
    expect(event.defaultPrevented).toBe(true);
    const error = (await result.catch((e: unknown) => e)) as TableWorkerError;
    expect(error.message).toBe("The table plan could not be computed (the planning worker stopped).");
    expect(error.messageZh).toBe("无法计算桌次安排（后台计算意外停止）。");
    expect(worker.terminated).toBe(true);
  });

  test("messages after the run settled are ignored", async () => {
    const { worker, onProgress, result } = setup();
    worker.reply({ type: "result", result: OK });
    await result;
    worker.onmessage?.({ data: { type: "progress", done: 1, total: 2 } } as MessageEvent<TableWorkerReply>);
    expect(onProgress).not.toHaveBeenCalled();
    expect(worker.onmessage).toBeNull();
  });

  test.each([
    ["the host has no Worker", () => undefined],
    [
      "the host forbids starting one",
      () => {
        throw new DOMException("blocked", "SecurityError");
      },
    ],
  ])("plans in this thread when %s", async (_, start) => {
    const onProgress = jest.fn();
    const solve = createWorkerSolver(start);
    const result = await solve(PROBLEM, { seed: 1, iterations: 50, onProgress });
    expect(result).toEqual(OK);
    expect(onProgress).toHaveBeenLastCalledWith(50, 50);
  });
});
