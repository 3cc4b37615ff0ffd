import type { OwnedKind, SheetWrite } from "./writePlan";

/** What the planner's workbook looks like, as far as choosing an output sheet is concerned. */
export interface SheetInventory {
  sheetNames: readonly string[];
  owned: readonly { kind: OwnedKind; name: string | null }[];
}

export type OutputTarget = Pick<SheetWrite, "name" | "mode" | "owner" | "exists" | "marker">;

/**
 * Where an add-in-owned output goes. Our own sheet of that kind is replaced (even if a co-author
 * renamed it); otherwise a new sheet is made under the preferred name — or "name (2)", "name (3)"…
 * when the planner already has a sheet of that name, which is never touched.
 */
export function outputTarget(inv: SheetInventory, kind: OwnedKind, preferredName: string): OutputTarget {
  const mine = inv.owned.find((o) => o.kind === kind);
  if (mine?.name && inv.sheetNames.includes(mine.name)) {
    return { name: mine.name, mode: "replace", owner: kind, exists: true, marker: "current" };
  }
  const taken = new Set(inv.sheetNames.map((n) => n.toLowerCase()));
  let name = preferredName;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${preferredName} (${i})`;
  return { name, mode: "replace", owner: kind, exists: false, marker: mine ? "stale" : "none" };
}
