import { outLine, type CliIO } from "./io";

/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts colour and
 * OSC 8 link sequences; a workbook can carry them as _x001B_), and the bidirectional overrides
 * and isolates that reorder what is shown. Line feeds and tabs are kept.
 */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Shown as their \uXXXX escape: visible in text, and inside a JSON string the very same value
 * (JSON.stringify leaves the overrides raw), so --json output still parses to the cell's text.
 */
export function terminalText(s: string): string {
  return s.replace(ACTIVE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Everything a command prints, made safe for the terminal it lands in. */
export function terminalSafe(io: CliIO): CliIO {
  return {
    lang: io.lang,
    out: (...lines) => io.out(...lines.map(terminalText)),
    // Each part made safe on its own: the colours are added after, by the IO below.
    outLine: (pieces) =>
      outLine(
        io,
        pieces.map((p) => ({ ...p, text: terminalText(p.text) })),
      ),
    err: (...lines) => io.err(...lines.map(terminalText)),
    ...(io.phase ? { phase: io.phase.bind(io) } : {}),
    ...(io.progress ? { progress: (label: string, done: number, total: number) => io.progress!(terminalText(label), done, total) } : {}),
  };
}
