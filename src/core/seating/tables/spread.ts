import { buildModel } from "./model";
import type { Model } from "./model";
import type { Seating } from "./seating";
import type { PlannedTable, TableProblem } from "./types";

/**
 * How far the plan spreads organisations (or groups, when the plan groups by group: the
 * objective's grouping key): Σ tables each key sits at / Σ the fewest it could fill, ceil(k / the
 * largest table), over keys of two or more guests. 1 = no key is split more than its size forces.
 * The together-mode grouping cost is Σ (tables − 1), so this is its share above the unavoidable.
 */
export function groupingSpread(model: Model, tableOfGuest: ArrayLike<number>, largest: number): number {
  let used = 0;
  let fewest = 0;
  const seen = new Set<number>();
  for (const guests of model.byKey) {
    if (guests.length < 2) continue;
    seen.clear();
    for (const i of guests) seen.add(tableOfGuest[i]);
    used += seen.size;
    fewest += fewestTables(guests.length, largest);
  }
  return fewest ? used / fewest : 1;
}

export function fewestTables(guests: number, largest: number): number {
  return Math.ceil(guests / Math.max(1, largest));
}

/** Distinct tables the guests of key k sit at, in the order of the key's guests. */
export function tablesOfKey(s: Seating, k: number): number[] {
  const out: number[] = [];
  for (const i of s.model.byKey[k]) {
    const t = s.tableOf[s.model.unitOf[i]];
    if (t >= 0 && !out.includes(t)) out.push(t);
  }
  return out;
}

export function seatingSpread(s: Seating): number {
  const at = s.model.guests.map((_, i) => s.tableOf[s.model.unitOf[i]]);
  return groupingSpread(s.model, at, Math.max(0, ...s.caps));
}

/** The spread of a finished plan, read with the optimiser's own grouping (folded names, groupBy). */
export function planSpread(problem: TableProblem, tables: readonly PlannedTable[]): number {
  const { model } = buildModel(problem);
  const tableOfId = new Map<string, number>();
  for (const t of tables) for (const g of t.guests) tableOfId.set(g.id, t.table);
  const at = model.guests.map((g) => tableOfId.get(g.id) ?? -1);
  return groupingSpread(model, at, Math.max(0, ...tables.map((t) => t.capacity)));
}
