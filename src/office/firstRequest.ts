import type { ChunkOp } from "../workbook/chunk";
import { queueOp } from "./queueOp";
import type { WriteSession } from "./writeSession";

/** Trace messages marking how far Excel got through the first request. */
export const TRACE = {
  start: "huiwu:start",
  checked: "huiwu:checked",
  added: "huiwu:added:",
  allAdded: "huiwu:all-added",
} as const;

type Stage = "check" | "add" | "write";

function stageOf(op: ChunkOp): Stage {
  if (op.kind === "expectSheet" || op.kind === "expectMarker") return "check";
  return op.kind === "addSheet" ? "add" : "write";
}

/**
 * Queues the first chunk (checks, then added sheets, then the rest; see setupOps) with a trace
 * message between the stages and after every added sheet. When a sync fails, Office hands back
 * the trace messages executed before the failure (OfficeExtension.Error.traceMessages): they
 * tell a failed check (nothing changed) from a failed add (only the sheets added before it)
 * and from a failure later on.
 */
export function queueFirstChunk(session: WriteSession, ops: readonly ChunkOp[]): void {
  const trace = (message: string) => session.context.trace(message);
  let stage: Stage = "check";
  const advance = (to: Stage) => {
    if (stage === "check" && to !== "check") {
      trace(TRACE.checked);
      stage = "add";
    }
    if (stage === "add" && to === "write") {
      trace(TRACE.allAdded);
      stage = "write";
    }
  };
  trace(TRACE.start);
  for (const op of ops) {
    advance(stageOf(op));
    queueOp(session, op);
    if (op.kind === "addSheet") trace(TRACE.added + op.sheet);
  }
  advance("write");
}

export type FirstRequestFailure =
  /** The host reported no trace: the request was refused whole, or traces are not reported. */
  | { at: "unknown" }
  | { at: "checks" }
  /** At a sheet add; the sheets named were added before it. */
  | { at: "adds"; added: string[] }
  | { at: "writes" };

/** Where the first request stopped, from the trace messages on its error. */
export function whereItFailed(e: unknown): FirstRequestFailure {
  const traced = (e as { traceMessages?: unknown } | null)?.traceMessages;
  const messages = Array.isArray(traced) ? traced.filter((m): m is string => typeof m === "string") : [];
  if (!messages.includes(TRACE.start)) return { at: "unknown" };
  if (!messages.includes(TRACE.checked)) return { at: "checks" };
  if (messages.includes(TRACE.allAdded)) return { at: "writes" };
  const added = messages.filter((m) => m.startsWith(TRACE.added)).map((m) => m.slice(TRACE.added.length));
  return { at: "adds", added };
}
