import type { OptimiseOptions, TableGuest, TableProblem, TableResult } from "../../../../src/core/seating/tables/types";

/** A guest with defaults: every field not given is empty. */
export function guest(id: string, extra: Partial<TableGuest> = {}): TableGuest {
  return { id, name: id, organisation: "", group: "", vip: false, dietTable: "", party: "", keepApart: [], ...extra };
}

export function problem(guests: TableGuest[], tables: number[] | number, extra: Partial<TableProblem> = {}): TableProblem {
  const caps = typeof tables === "number" ? Array<number>(tables).fill(10) : tables;
  return {
    guests,
    tables: caps.map((capacity, i) => ({ table: i + 1, capacity })),
    dietTables: [],
    groupBy: "organisation",
    mode: "together",
    weights: { grouping: 1, even: 1, alone: 3 },
    convention: "chinese",
    ...extra,
  };
}

export const RUN: OptimiseOptions = { seed: 7, iterations: 2000 };

/** guest id → table number of an ok result. */
export function tableOf(result: TableResult): Map<string, number> {
  if (result.status !== "ok") throw new Error(`expected a plan, got ${result.status}: ${JSON.stringify(result)}`);
  const m = new Map<string, number>();
  for (const t of result.tables) for (const g of t.guests) m.set(g.id, t.table);
  return m;
}

/**
 * Every hard constraint, checked independently of the optimiser's own bookkeeping; returns the
 * broken ones (empty when the plan is valid).
 */
export function violations(p: TableProblem, result: TableResult): string[] {
  if (result.status !== "ok") return [`no plan: ${result.status}`];
  const out: string[] = [];
  const at = tableOf(result);
  const byId = new Map(p.guests.map((g) => [g.id, g]));
  const caps = new Map(p.tables.map((t) => [t.table, t.capacity]));
  for (const g of p.guests) if (!at.has(g.id)) out.push(`unseated ${g.id}`);
  if (at.size !== p.guests.length) out.push(`seated ${at.size} of ${p.guests.length}`);
  for (const t of result.tables) {
    const cap = caps.get(t.table) ?? p.extraTableCapacity;
    if (cap === undefined) out.push(`unknown table ${t.table}`);
    else if (t.guests.length > cap || t.capacity !== cap) out.push(`table ${t.table} over capacity`);
    const seats = t.guests.map((g) => g.seat);
    if (new Set(seats).size !== seats.length || seats.some((s) => s < 1 || s > t.capacity)) out.push(`table ${t.table} seats ${seats}`);
  }
  for (const g of p.guests) {
    for (const k of g.keepApart) if (byId.has(k) && k !== g.id && at.get(k) === at.get(g.id)) out.push(`keep-apart ${g.id} ${k}`);
    if (g.lockedTable !== undefined && at.get(g.id) !== g.lockedTable) out.push(`lock ${g.id}`);
  }
  const parties = new Map<string, Set<number>>();
  for (const g of p.guests) if (g.party) parties.set(g.party, (parties.get(g.party) ?? new Set()).add(at.get(g.id)!));
  for (const [k, s] of parties) if (s.size > 1) out.push(`party ${k} split`);
  // Locked parties are exempt from VIP order and diet tables: the planner decided.
  const lockedParty = new Set(p.guests.filter((g) => g.lockedTable !== undefined && g.party).map((g) => g.party));
  const free = (g: TableGuest) => g.lockedTable === undefined && !(g.party && lockedParty.has(g.party));
  // A party sits together, so it ranks as its most senior member (a leader's aide goes where the leader goes).
  const partyPrec = new Map<string, number>();
  for (const g of p.guests) if (g.party) partyPrec.set(g.party, Math.min(partyPrec.get(g.party) ?? Infinity, g.precedence ?? Infinity));
  const prec = (g: TableGuest) => (g.party ? partyPrec.get(g.party)! : (g.precedence ?? Infinity));
  const vips = p.guests.filter((g) => g.vip && free(g));
  for (const a of vips)
    for (const b of vips) if (prec(a) < prec(b) && at.get(a.id)! > at.get(b.id)!) out.push(`VIP order ${a.id} after ${b.id}`);
  const vipParty = new Set(p.guests.filter((g) => g.vip && g.party).map((g) => g.party));
  const dietOf = new Map(result.tables.map((t) => [t.table, t.dietTable ?? ""]));
  for (const g of p.guests)
    if (g.dietTable && p.dietTables.includes(g.dietTable) && free(g) && !g.vip && !(g.party && vipParty.has(g.party)))
      if (dietOf.get(at.get(g.id)!) !== g.dietTable) out.push(`diet ${g.id}`);
  return out;
}
