import type { Phase } from "./workerMessages";

/** How a part of a line is shown on a terminal that shows colour. */
export type Tone = "error" | "warning" | "info" | "dim";

/** A part of a printed line. */
export interface Piece {
  text: string;
  tone?: Tone;
}

/** Where the command line writes; injected so tests can capture it. */
export interface CliIO {
  out(...lines: string[]): void;
  /** A line in parts, each coloured by its tone where the terminal shows colour; plain text elsewhere. */
  outLine?(pieces: readonly Piece[]): void;
  err(...lines: string[]): void;
  /** Language for messages before a workbook is read. */
  lang: "zh" | "en";
  /**
   * Where the command is, for the watchdog of a command run in a worker (runInWorker): reading is
   * time-limited, the work after it is not. `rows` counts the sheet rows read so far, `lang` is
   * what the sheets read look written in. Absent in-process.
   */
  phase?(phase: Phase, info?: { rows?: number; lang?: "zh" | "en" }): void;
  /** How far a long step is ("正在优化桌次", 420 of 1000): a line redrawn in place on a terminal; nothing elsewhere. */
  progress?(label: string, done: number, total: number): void;
}

/** Input the command cannot work with: exit code 2, a one-line message, nothing written. */
export class BadInputError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
    /** The workbook's language, when the message is about a workbook: a Chinese list gets a Chinese message. */
    readonly lang?: "zh" | "en",
  ) {
    super(message);
  }
}

let pipeGuarded = false;

/** `huiwu check book.xlsx | head` closes the pipe early: stop quietly instead of printing a stack. */
function guardClosedPipes(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
}

const ANSI: Record<Tone, string> = { error: "\u001b[31m", warning: "\u001b[33m", info: "\u001b[36m", dim: "\u001b[2m" };
const RESET = "\u001b[0m";

/** Colour only on a terminal, never when piped, with NO_COLOR set (no-color.org) or on a dumb terminal. */
export function showsColour(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  return !!isTTY && !env.NO_COLOR && env.TERM !== "dumb";
}

/** The line as text, its tones as ANSI colours when `colour`. */
export function paint(pieces: readonly Piece[], colour: boolean): string {
  return pieces.map((p) => (colour && p.tone ? `${ANSI[p.tone]}${p.text}${RESET}` : p.text)).join("");
}

/** Writes a line in parts through whatever the IO offers. */
export function outLine(io: CliIO, pieces: readonly Piece[]): void {
  if (io.outLine) io.outLine(pieces);
  else io.out(paint(pieces, false));
}

/** The progress line as a terminal redraws it: back to the start of the line, cleared, then the text (empty: just cleared). */
export function progressText(label: string, done: number, total: number): string {
  const CLEAR = "\r\u001b[2K";
  if (total <= 0 || done >= total) return CLEAR;
  return `${CLEAR}${label} ${Math.floor((done / total) * 100)}%`;
}

export function consoleIO(env: NodeJS.ProcessEnv = process.env): CliIO {
  guardClosedPipes();
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  const colour = showsColour(env, process.stdout.isTTY);
  // On stderr, so a piped stdout stays clean; only where a line can be redrawn (the rules for colour).
  const live = showsColour(env, process.stderr.isTTY);
  let shown = false;
  const clear = () => {
    if (shown) process.stderr.write(progressText("", 1, 1));
    shown = false;
  };
  return {
    out: (...lines) => {
      clear();
      lines.forEach((l) => process.stdout.write(l + "\n"));
    },
    outLine: (pieces) => {
      clear();
      process.stdout.write(paint(pieces, colour) + "\n");
    },
    err: (...lines) => {
      clear();
      lines.forEach((l) => process.stderr.write(l + "\n"));
    },
    lang: /^zh/i.test(locale) ? "zh" : "en",
    ...(live
      ? {
          progress: (label: string, done: number, total: number) => {
            process.stderr.write(progressText(label, done, total));
            shown = done < total;
          },
        }
      : {}),
  };
}

/** Results go to a separate file: the planner's own workbook is never rewritten by the command line. */
export function assertSeparateOutput(input: string, out: string | undefined, resolve: (p: string) => string): void {
  if (out !== undefined && resolve(out) === resolve(input)) {
    throw new BadInputError(
      `--out must name a new file, not the input workbook ${input}.`,
      `--out 必须是另一个文件，不能是输入工作簿 ${input}。`,
    );
  }
}
