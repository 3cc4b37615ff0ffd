import type { TableResult } from "../../src/core/seating/tables/types";

/** Guest id → table number of a plan (empty when there is none). */
export function planTables(result: TableResult): Map<string, number> {
  const at = new Map<string, number>();
  if (result.status === "ok") for (const t of result.tables) for (const g of t.guests) at.set(g.id, t.table);
  return at;
}

/** The tables the protocol gave the VIPs: the search never moves them, so the exact model fixes them too. */
export function vipTables(result: TableResult, vipIds: readonly string[]): Map<string, number> {
  const at = planTables(result);
  return new Map(vipIds.map((id) => [id, at.get(id)!]));
}
