import type { Lang } from "../core/i18n";
import type { Piece } from "./io";

/** What the main thread hands the worker that runs a file command. */
export interface WorkerInput {
  argv: string[];
  /** The user's language (from the locale), for messages before a workbook is read. */
  lang: Lang;
}

/**
 * Where a command is: "reading" while the file is opened and its sheets read (time-limited),
 * "read done" when a read has finished and the work on it begins (not time-limited).
 */
export type Phase = "reading" | "read done";

/** What the worker tells the main thread; lines are printed by the main thread, in this order. */
export type WorkerMessage =
  | { kind: "out"; lines: string[] }
  /** A line in coloured parts: the main thread knows whether its terminal shows colour. */
  | { kind: "outLine"; pieces: Piece[] }
  | { kind: "err"; lines: string[] }
  | { kind: "phase"; phase: Phase; rows?: number; lang?: Lang }
  /** The heap limit the worker really got (a --max-old-space-size in NODE_OPTIONS wins over the one asked for). */
  | { kind: "heap"; limitMb: number }
  /** How far a long step is, for a progress line on a terminal. */
  | { kind: "progress"; label: string; done: number; total: number }
  | { kind: "done"; code: number };
