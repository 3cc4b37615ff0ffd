import { totalmem } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { Lang } from "../core/i18n";
import { parseCliArgs, type CliArgs } from "./args";
import { BadInputError, consoleIO, outLine, type CliIO } from "./io";
import { readTimeoutMessage, stoppedMessage, tooLargeMessage, workerFailedMessage, type KnownSize } from "./limitMessages";
import { runLimits, type RunLimits } from "./limits";
import { estimateRows } from "./rowEstimate";
import { removeTempOutput } from "./tempOutput";
import { terminalSafe } from "./terminalText";
import type { WorkerInput, WorkerMessage } from "./workerMessages";

/**
 * Compiled (lib/), the worker runs worker.js itself; on the sources, through a small .js file that
 * registers tsx in the worker thread and loads worker.ts (tsx is a devDependency, not installed).
 */
const ENTRY = join(__dirname, __filename.endsWith(".js") ? "worker.js" : "workerEntry.js");

export interface WorkerRunOptions {
  /** Instead of HUIWU_MAX_MEMORY_MB and HUIWU_READ_TIMEOUT_S. */
  limits?: RunLimits;
  env?: NodeJS.ProcessEnv;
}

/** Everything a stray write in the worker (a library's console.log) prints, line by line through `io`. */
function forwardLines(stream: Readable | null, print: (line: string) => void): void {
  if (!stream) return;
  let rest = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop()!;
    for (const l of lines) print(l);
  });
  stream.on("end", () => {
    if (rest) print(rest);
  });
}

type Ending =
  { kind: "done"; code: number } | { kind: "timeout" } | { kind: "oom" } | { kind: "stopped" } | { kind: "failed"; detail: string };

/**
 * The command line with limits: a file command runs in a worker thread whose heap is capped, while
 * this thread prints its lines and keeps watch. Out of memory, or reading that passes its time
 * limit, ends with one line in the user's language and exit code 2; Ctrl-C stops everything. A
 * temporary --out file the worker leaves behind is removed.
 */
export async function runInWorker(argv: string[], rawIO: CliIO = consoleIO(), options: WorkerRunOptions = {}): Promise<number> {
  // Everything runs in the worker, even --help: this thread stays small and loads none of the engine.
  let args: CliArgs | undefined;
  try {
    args = parseCliArgs(argv);
  } catch {
    args = undefined; // the worker's main says what is wrong with the arguments
  }
  const io = terminalSafe(rawIO);
  let limits: RunLimits;
  try {
    limits = options.limits ?? runLimits(options.env ?? process.env);
  } catch (e) {
    if (!(e instanceof BadInputError)) throw e;
    io.err(`huiwu: ${(args?.lang ?? io.lang) === "zh" ? e.messageZh : e.message}`);
    return 2;
  }
  return watch(args, argv, io, limits);
}

/**
 * The worker's heap may grow to half the machine, but V8 lets a heap that large grow well past
 * what is live (a 100,000-person seating run peaked at 1.9 GB with 0.6–1 GB live): after each
 * full collection it may grow only 20 % more before collecting again. Measured on that run:
 * 1.4 GB peak, no slower. The flag is read when an isolate is made, so it is set before the worker.
 */
const HEAP_GROWING = "--heap-growing-percent=20";

async function watch(args: CliArgs | undefined, argv: string[], io: CliIO, limits: RunLimits): Promise<number> {
  const input: WorkerInput = { argv, lang: io.lang };
  setFlagsFromString(HEAP_GROWING);
  const worker = new Worker(ENTRY, {
    workerData: input,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
    stdout: true,
    stderr: true,
  });
  forwardLines(worker.stdout, (l) => io.out(l));
  forwardLines(worker.stderr, (l) => io.err(l));

  let heapMb = limits.memoryMb;
  let rowsRead: number | undefined;
  let sheetsLang: Lang | undefined;
  let ending: Ending | undefined;
  // Reading is timed in total, over every read the command makes; the work between reads is not.
  let readBudgetMs = limits.readTimeoutS * 1000;
  let readingSince: number | undefined;
  let timer: NodeJS.Timeout | undefined;

  const end = (e: Ending) => {
    ending ??= e;
    void worker.terminate();
  };
  const startReading = () => {
    if (readingSince !== undefined || ending) return;
    readingSince = Date.now();
    timer = setTimeout(() => end({ kind: "timeout" }), Math.max(0, readBudgetMs));
  };
  const stopReading = () => {
    if (readingSince === undefined) return;
    readBudgetMs -= Date.now() - readingSince;
    readingSince = undefined;
    clearTimeout(timer);
  };

  worker.on("message", (m: WorkerMessage) => {
    switch (m.kind) {
      case "out":
        io.out(...m.lines);
        break;
      case "outLine":
        outLine(io, m.pieces);
        break;
      case "err":
        io.err(...m.lines);
        break;
      case "heap":
        // A --max-old-space-size in NODE_OPTIONS wins over resourceLimits: say the limit it really has.
        if (Math.abs(m.limitMb - limits.memoryMb) > limits.memoryMb / 4) heapMb = m.limitMb;
        break;
      case "phase":
        if (m.rows !== undefined) rowsRead = m.rows;
        sheetsLang ??= m.lang;
        if (m.phase === "reading") startReading();
        else stopReading();
        break;
      case "progress":
        io.progress?.(m.label, m.done, m.total);
        break;
      case "done":
        io.progress?.("", 1, 1);
        end({ kind: "done", code: m.code });
        break;
    }
  });
  worker.on("error", (e: Error & { code?: string }) => {
    if (e.code === "ERR_WORKER_OUT_OF_MEMORY") end({ kind: "oom" });
    else end({ kind: "failed", detail: e.message });
  });

  // Ctrl-C stops the worker wherever it is (terminate interrupts running JavaScript); a second one leaves at once.
  const onSignal = () => {
    if (ending?.kind === "stopped") process.exit(130);
    end({ kind: "stopped" });
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const s of signals) process.on(s, onSignal);

  const exitCode = await new Promise<number>((resolve) => worker.once("exit", resolve));
  for (const s of signals) process.off(s, onSignal);
  clearTimeout(timer);
  const how: Ending = ending ?? { kind: "failed", detail: `the worker stopped with exit code ${exitCode}` };
  if (how.kind === "done") return how.code;

  // Stopped before it finished: a save it was in the middle of leaves only its temporary file.
  removeTempOutput(args?.out ?? (args?.command === "init" ? args.file : undefined));
  const lang: Lang = args?.lang ?? sheetsLang ?? io.lang;
  const file = args?.file ?? "";
  const size = async (): Promise<KnownSize> =>
    rowsRead !== undefined && rowsRead > 0 ? { rowsRead } : { rowsInFile: file ? await estimateRows(file) : undefined };
  switch (how.kind) {
    case "oom":
      io.err(tooLargeMessage(file, heapMb, Math.round(totalmem() / 2 ** 20), await size(), lang));
      return 2;
    case "timeout":
      io.err(readTimeoutMessage(file, limits.readTimeoutS, await size(), lang));
      return 2;
    case "stopped":
      io.err(stoppedMessage(lang));
      return 130;
    case "failed":
      io.err(workerFailedMessage(how.detail, lang));
      return 3;
  }
}
