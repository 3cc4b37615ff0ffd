import { a1, parseA1 } from "../../cellAddress";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { EventFields } from "../../schema/sheets";

export type EventKey = keyof EventFields & string;
type Event = ParsedKeyValue<EventFields>;

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

/** Whether the parser could not read the setting's value (it reported that already). */
export function isUnreadable(event: Event, key: EventKey): boolean {
  return event.unreadable.has(key);
}

/** Sorts findings of the Event sheet top to bottom. */
export function byRow(a: { cell: string }, b: { cell: string }): number {
  return (parseA1(a.cell)?.row ?? 0) - (parseA1(b.cell)?.row ?? 0);
}
