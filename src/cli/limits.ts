import { totalmem } from "node:os";
import { BadInputError } from "./io";

/** How much a file command may take before it is stopped with a one-line message (exit 2). */
export interface RunLimits {
  /** The worker's old-generation heap (V8's --max-old-space-size for it), in MB. */
  memoryMb: number;
  /** How long opening and reading the file may take, in seconds; the work after it is not timed. */
  readTimeoutS: number;
}

/**
 * Memory: half of this machine's RAM, at most 16 GiB. Half, not more, because the heap limit is not
 * all the process uses: the file's bytes, the unzipped parts and the young generation sit outside
 * it, and a machine without swap that runs out kills the process with no message at all. 16 GiB is
 * room for a roster several times larger than the largest measured (200,000 people) while a
 * runaway on a large server is still stopped. At least 512 MB, so a small machine still runs the
 * ordinary lists.
 */
export function defaultMemoryMb(totalBytes = totalmem()): number {
  const half = Math.floor(totalBytes / 2 / 2 ** 20);
  return Math.max(512, Math.min(16_384, half));
}

/**
 * Reading: 300 s. Opening and reading a 200,000-row roster takes well under a minute here; Excel's
 * largest sheet (1,048,576 rows) would take a few minutes and run out of memory first. A reader
 * still busy after five minutes is spinning on something in the file, not making progress.
 */
export const DEFAULT_READ_TIMEOUT_S = 300;

/** The smallest heap the worker can start in: the command's own code needs a few dozen MB. */
const MIN_MEMORY_MB = 16;

function positive(env: NodeJS.ProcessEnv, name: string, min: number, example: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw.trim());
  if (!Number.isFinite(n) || n < min) {
    throw new BadInputError(
      `${name} must be a number of at least ${min}, such as ${example}, not "${raw}".`,
      `${name} 应为不小于 ${min} 的数字，例如 ${example}，而不是“${raw}”。`,
    );
  }
  return n;
}

/** The limits, from HUIWU_MAX_MEMORY_MB and HUIWU_READ_TIMEOUT_S when set; a value that is not a number is bad input. */
export function runLimits(env: NodeJS.ProcessEnv = process.env): RunLimits {
  const memory = positive(env, "HUIWU_MAX_MEMORY_MB", MIN_MEMORY_MB, "8192");
  const timeout = positive(env, "HUIWU_READ_TIMEOUT_S", 0.001, "600");
  return {
    memoryMb: memory !== undefined ? Math.floor(memory) : defaultMemoryMb(),
    readTimeoutS: timeout ?? DEFAULT_READ_TIMEOUT_S,
  };
}
