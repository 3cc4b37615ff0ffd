import { a1, parseA1 } from "../../cellAddress";
import type { Finding } from "../../finding";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { EventFields } from "../../schema/sheets";

export type EventKey = keyof EventFields & string;
type Event = ParsedKeyValue<EventFields>;

/**
 * Where a planner types an Event setting: its value cell; for a key row left empty, the cell to
 * the right of the key; for a key that has no row, undefined.
 */
export function valueCell(event: Event, key: EventKey): string | undefined {
  const own = event.fields[key]?.address;
  if (own) return own;
  const k = event.keyCells.get(key);
  const ref = k ? parseA1(k) : undefined;
  return ref ? a1(ref.row, ref.col + 1) : undefined;
}

/** The key cell of the first empty row below the settings, where a missing setting can be added. */
export function newRowCell(event: Event): string {
  let last = -1;
  let keyCol: number | undefined;
  for (const address of event.keyCells.values()) {
    const ref = parseA1(address);
    if (!ref) continue;
    last = Math.max(last, ref.row);
    keyCol ??= ref.col;
  }
  const values = [...Object.values(event.fields), ...Object.values(event.extras)];
  for (const cell of values) {
    const ref = cell && parseA1(cell.address);
    if (ref) last = Math.max(last, ref.row);
  }
  return a1(last + 1, keyCol ?? 0);
}

/** The parser's finding about a setting's value that could not be read, if any. */
export function unreadableFinding(event: Event, key: EventKey): Finding | undefined {
  const k = event.keyCells.get(key);
  const row = k ? parseA1(k)?.row : undefined;
  if (row === undefined) return undefined;
  return event.findings.find((f) => parseA1(f.cell)?.row === row);
}

/** Sorts findings of the Event sheet top to bottom. */
export function byRow(a: { cell: string }, b: { cell: string }): number {
  return (parseA1(a.cell)?.row ?? 0) - (parseA1(b.cell)?.row ?? 0);
}
