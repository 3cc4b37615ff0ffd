import type { SheetDef, SheetKey } from "../sheetDef";
import { BUDGET } from "./budget";
import { EVENT } from "./event";
import { HOTELS } from "./hotels";
import { ROSTER } from "./roster";
import { TASKS } from "./tasks";

export { BUDGET, EVENT, HOTELS, ROSTER, TASKS };
export type { BudgetFields } from "./budget";
export type { EventFields } from "./event";
export type { HotelFields } from "./hotels";
export type { RosterFields } from "./roster";
export type { TaskFields } from "./tasks";

/** The input sheets of the workbook contract, in the order they are shown. */
export const INPUT_SHEETS: readonly SheetDef[] = [EVENT, ROSTER, BUDGET, TASKS, HOTELS];

export function sheetDef(key: SheetKey): SheetDef {
  const d = INPUT_SHEETS.find((s) => s.key === key);
  if (!d) throw new Error(`unknown sheet ${key}`);
  return d;
}

/** Every name an input sheet may go by, for a read that finds them by name in one request. */
export function candidateSheetNames(): string[] {
  const names = new Set<string>();
  for (const d of INPUT_SHEETS) for (const n of [d.zh, d.en, ...d.synonyms]) names.add(n);
  return [...names];
}
