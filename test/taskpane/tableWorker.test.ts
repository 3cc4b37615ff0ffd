import { optimiseTables } from "../../src/core/seating/tables/optimise";
import type { TableProblem } from "../../src/core/seating/tables/types";
import { PROGRESS_INTERVAL_MS, runTableRequest } from "../../src/taskpane/tableWorker";
import type { TableWorkerReply, TableWorkerRequest } from "../../src/taskpane/tableWorkerProtocol";
import { guest, problem } from "../core/seating/tables/tableHarness";

const PROBLEM = problem(
  Array.from({ length: 30 }, (_, i) => guest(`g${i}`, { organisation: `org${i % 7}` })),
  [10, 10, 10],
);
const REQUEST: TableWorkerRequest = { problem: PROBLEM, options: { seed: 5, iterations: 3000 } };

function run(request: TableWorkerRequest, now: () => number): TableWorkerReply[] {
  const posted: TableWorkerReply[] = [];
  runTableRequest(request, (r) => posted.push(r), now);
  return posted;
}

describe("runTableRequest", () => {
  test("posts progress, then the plan the optimiser gives for the same problem, seed and iterations", () => {
    let t = 0;
    const posted = run(REQUEST, () => (t += PROGRESS_INTERVAL_MS));
    const progress = posted.filter((r) => r.type === "progress");
    expect(progress.length).toBeGreaterThan(5);
    expect(progress[0]).toEqual({ type: "progress", done: 0, total: 3000 });
    expect(progress.at(-1)).toEqual({ type: "progress", done: 3000, total: 3000 });
    expect(posted.at(-1)).toEqual({ type: "result", result: optimiseTables(PROBLEM, REQUEST.options) });
    expect(posted.filter((r) => r.type === "result")).toHaveLength(1);
  });

  test("throttles progress in time, but always reports the start and the end", () => {
    const posted = run(REQUEST, () => 1000); // a clock that does not move: the whole search within one interval
    expect(posted).toEqual([
      { type: "progress", done: 0, total: 3000 },
      { type: "progress", done: 3000, total: 3000 },
      { type: "result", result: expect.objectContaining({ status: "ok" }) },
    ]);
  });

  test("a failure posts one line of message and no stack", () => {
    const broken = { ...REQUEST, problem: { ...PROBLEM, guests: null } as unknown as TableProblem };
    const posted = run(broken, () => 0);
    expect(posted).toHaveLength(1);
    const [reply] = posted;
    expect(reply.type).toBe("error");
    if (reply.type !== "error") return;
    expect(reply.message.length).toBeGreaterThan(0);
    expect(reply.message).not.toMatch(/\n|\bat .*\.ts:\d+/);
  });
});

describe("the worker entry", () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete globals.importScripts;
    delete globals.self;
  });

  test("inside a worker it answers each request message with progress and a result", async () => {
    const scope = { onmessage: null as ((e: { data: TableWorkerRequest }) => void) | null, postMessage: jest.fn() };
    globals.importScripts = () => undefined;
    globals.self = scope;
    await jest.isolateModulesAsync(async () => {
      await import("../../src/taskpane/tableWorker");
    });
    expect(scope.onmessage).toBeInstanceOf(Function);
    scope.onmessage!({ data: { problem: PROBLEM, options: { seed: 5, iterations: 300 } } });
    const replies = scope.postMessage.mock.calls.map(([r]) => r as TableWorkerReply);
    expect(replies[0]).toEqual({ type: "progress", done: 0, total: 300 });
    expect(replies.at(-1)).toEqual({ type: "result", result: optimiseTables(PROBLEM, { seed: 5, iterations: 300 }) });
  });

  test("imported outside a worker it only exports", async () => {
    const scope = { onmessage: null };
    globals.self = scope;
    await jest.isolateModulesAsync(async () => {
      await import("../../src/taskpane/tableWorker");
    });
    expect(scope.onmessage).toBeNull();
  });
});
