import { foldText } from "../../schema/normalize/text";
import { infeasible } from "./messages";
import { seniorityRanks } from "./seniority";
import type { Infeasibility, PlanWarning, TableGuest, TableProblem } from "./types";

/** Guests who must sit together (a party, or one guest alone), moved as one. */
export interface Unit {
  members: number[];
  size: number;
  /** Table index the unit is locked to, or -1. */
  locked: number;
  vip: boolean;
  /** Seniority rank of the unit's most senior member (0 = most senior overall). */
  rank: number;
  /** Dedicated-table diet, "" when none. */
  diet: string;
  /** Grouping key (organisation or group id) of the most senior member, -1 when none. */
  key: number;
}

export interface Model {
  guests: readonly TableGuest[];
  units: Unit[];
  unitOf: Int32Array;
  /** Units each unit must not share a table with. */
  conflicts: number[][];
  /** Capacity per table index; table numbers per index. */
  caps: number[];
  numbers: number[];
  rank: Int32Array;
  /** Per guest: organisation id, group id, grouping key id (-1 = none). */
  org: Int32Array;
  grp: Int32Array;
  key: Int32Array;
  orgTotal: Int32Array;
  grpTotal: Int32Array;
  keyCount: number;
  /** Guests per grouping key. */
  byKey: number[][];
}

function ids(values: string[]): { of: Int32Array; total: Int32Array; count: number } {
  const map = new Map<string, number>();
  const of = new Int32Array(values.length);
  values.forEach((v, i) => {
    if (!v) return void (of[i] = -1);
    // 市财政局（办公室） and 市财政局(办公室) are one organisation: compared folded.
    const k = foldText(v);
    let id = map.get(k);
    if (id === undefined) map.set(k, (id = map.size));
    of[i] = id;
  });
  const total = new Int32Array(map.size);
  for (const id of of) if (id >= 0) total[id]++;
  return { of, total, count: map.size };
}

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

export type ModelBuild = { model: Model; problems: Infeasibility[]; warnings: PlanWarning[] };

/** Parties become units, keep-apart becomes unit conflicts, locks become table indices; every contradiction is reported. */
export function buildModel(problem: TableProblem): ModelBuild {
  const guests = problem.guests;
  const problems: Infeasibility[] = [];
  const warnings: PlanWarning[] = [...(problem.warnings ?? [])];
  const tables = [...problem.tables].sort((a, b) => a.table - b.table);
  const caps = tables.map((t) => Math.max(0, Math.floor(t.capacity)));
  const numbers = tables.map((t) => t.table);
  const indexOfTable = new Map(numbers.map((n, i) => [n, i]));
  const byId = new Map<string, number>();
  guests.forEach((g, i) => byId.set(g.id, i));

  // Parties: union guests sharing a party key.
  const parent = new Int32Array(guests.length).map((_, i) => i);
  const firstOfParty = new Map<string, number>();
  guests.forEach((g, i) => {
    if (!g.party) return;
    const f = firstOfParty.get(g.party);
    if (f === undefined) firstOfParty.set(g.party, i);
    else parent[find(parent, i)] = find(parent, f);
  });
  const unitOf = new Int32Array(guests.length);
  const rootUnit = new Map<number, number>();
  const rank = seniorityRanks(guests);
  const org = ids(guests.map((g) => g.organisation));
  const grp = ids(guests.map((g) => g.group));
  const key = problem.groupBy === "group" ? grp : org;
  const units: Unit[] = [];
  guests.forEach((g, i) => {
    const r = find(parent, i);
    let u = rootUnit.get(r);
    if (u === undefined) {
      rootUnit.set(r, (u = units.length));
      units.push({ members: [], size: 0, locked: -1, vip: false, rank: rank[i], diet: "", key: key.of[i] });
    }
    const unit = units[u];
    unit.members.push(i);
    unit.size++;
    unit.vip ||= g.vip;
    if (rank[i] < unit.rank) [unit.rank, unit.key] = [rank[i], key.of[i]];
    unitOf[i] = u;
  });

  const maxCap = Math.max(0, ...caps, problem.extraTableCapacity ?? 0);
  const lockedAt = new Map<number, number[]>();
  const noSuchTable: TableGuest[] = [];
  for (const [u, unit] of units.entries()) {
    const people = unit.members.map((i) => guests[i]);
    // Locks.
    const lockTables = new Set<number>();
    for (const g of people) if (g.lockedTable !== undefined) lockTables.add(g.lockedTable);
    const bad = people.filter((g) => g.lockedTable !== undefined && !indexOfTable.has(g.lockedTable));
    if (bad.length) noSuchTable.push(...bad);
    else if (lockTables.size > 1)
      problems.push(
        infeasible(
          "contradictory-locks",
          people,
          [...lockTables].sort((a, b) => a - b),
        ),
      );
    else if (lockTables.size === 1) {
      unit.locked = indexOfTable.get([...lockTables][0])!;
      lockedAt.set(unit.locked, [...(lockedAt.get(unit.locked) ?? []), u]);
    }
    if (unit.size > maxCap) problems.push(infeasible("party-too-large", people, [], { n: unit.size, m: maxCap }));
    const diets = new Set(people.map((g) => g.dietTable).filter((d) => d && problem.dietTables.includes(d)));
    if (diets.size > 1) problems.push(infeasible("party-mixed-diets", people, []));
    unit.diet = [...diets][0] ?? "";
  }
  if (noSuchTable.length) problems.push(infeasible("locked-no-such-table", noSuchTable, [], { m: caps.length }));
  for (const [t, list] of [...lockedAt.entries()].sort((a, b) => a[0] - b[0])) {
    const people = list.flatMap((u) => units[u].members.map((i) => guests[i]));
    if (people.length > caps[t]) problems.push(infeasible("locked-over-capacity", people, [numbers[t]], { n: people.length, m: caps[t] }));
  }

  // Keep-apart pairs between units.
  const conflictSets = units.map(() => new Set<number>());
  const reported = new Set<string>();
  guests.forEach((g, i) => {
    for (const ref of g.keepApart) {
      const j = byId.get(ref);
      if (j === undefined || j === i) continue;
      const [a, b] = [unitOf[i], unitOf[j]];
      const pair = i < j ? `${i}|${j}` : `${j}|${i}`;
      if (a === b) {
        if (!reported.has(pair)) problems.push(infeasible("keep-apart-in-party", [guests[Math.min(i, j)], guests[Math.max(i, j)]], []));
      } else if (units[a].locked >= 0 && units[a].locked === units[b].locked) {
        if (!reported.has(pair))
          problems.push(infeasible("contradictory-locks", [guests[Math.min(i, j)], guests[Math.max(i, j)]], [numbers[units[a].locked]]));
      } else {
        conflictSets[a].add(b);
        conflictSets[b].add(a);
      }
      reported.add(pair);
    }
  });

  const seats = caps.reduce((s, c) => s + c, 0);
  if (problem.extraTableCapacity === undefined && guests.length > seats)
    problems.push(infeasible("too-many-guests", [], [], { n: guests.length, m: seats }));

  const model: Model = {
    guests,
    units,
    unitOf,
    conflicts: conflictSets.map((s) => [...s].sort((a, b) => a - b)),
    caps,
    numbers,
    rank,
    org: org.of,
    grp: grp.of,
    key: key.of,
    orgTotal: org.total,
    grpTotal: grp.total,
    keyCount: key.count,
    byKey: Array.from({ length: key.count }, () => []),
  };
  key.of.forEach((k, i) => k >= 0 && model.byKey[k].push(i));
  return { model, problems, warnings };
}
