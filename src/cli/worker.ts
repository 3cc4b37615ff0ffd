import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import type { CliIO } from "./io";
import { main } from "./main";
import type { WorkerInput, WorkerMessage } from "./workerMessages";

/**
 * The body of the worker that runs a file command (see runInWorker): the same `main` as in-process,
 * with every line and every phase sent to the main thread, which prints them and keeps the time.
 */
function run(): void {
  const port = parentPort;
  if (!port) throw new Error("src/cli/worker.ts runs as a worker thread (see runInWorker)");
  const input = workerData as WorkerInput;
  const send = (m: WorkerMessage) => port.postMessage(m);
  send({ kind: "heap", limitMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20) });
  const io: CliIO = {
    lang: input.lang,
    out: (...lines) => send({ kind: "out", lines }),
    outLine: (pieces) => send({ kind: "outLine", pieces: [...pieces] }),
    err: (...lines) => send({ kind: "err", lines }),
    phase: (phase, info) => send({ kind: "phase", phase, ...info }),
    progress: (label, done, total) => send({ kind: "progress", label, done, total }),
  };
  void main(input.argv, io).then((code) => send({ kind: "done", code }));
}

run();
