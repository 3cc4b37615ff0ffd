import type { TableProblem } from "../../src/core/seating/tables/types";

/**
 * The table plan as a mixed-integer program (CPLEX LP text), with the same objective as the
 * optimiser (src/core/seating/tables/objective.ts), so a solver's proven optimum measures how far
 * the search stops from the best plan. Built from the problem alone — not from the optimiser's
 * model — so the two only agree when both read the rules the same way (exactModel.test checks it).
 *
 * Variables: x_u_t = party (unit) u sits at table t; together mode y_k_t = key k present at t;
 * mix mode p_k_t = same-key pairs at t; e_t = the uneven-fill cost of t; a_i =
 * guest i is alone among strangers.
 *
 * Scope: VIPs are seated by the protocol (by precedence, filling table 1, then 2…) before the
 * search starts and the search never moves them, so their tables are a hard rule here too: the
 * caller passes them in `fixed` (read from the plan). Diet tables are likewise chosen by the
 * constructive start, not by the search; exactness instances carry none, and a problem that has
 * them is refused rather than modelled loosely.
 */
export interface ExactModel {
  lp: string;
  /** Constant to add to the solver's objective to get the optimiser's total. */
  offset: number;
  /** Guest id → table number of a solver solution. */
  decode(columns: Record<string, { Primal: number }>): Map<string, number>;
}

type Row = (lhs: [number, string][], sense: string, rhs: number) => void;

/** v ≥ f(c) + (f(c+1) − f(c))·(Σ head − c) for c = 0…max−1: the chords of a convex f through whole points. */
function convexAbove(row: Row, v: string, head: [number, string][], f: (c: number) => number, max: number): void {
  for (let c = 0; c < max; c++) {
    const slope = f(c + 1) - f(c);
    // v − slope·Σ head ≥ f(c) − slope·c
    row([[1, v], ...head.map(([m, name]): [number, string] => [-slope * m, name])], ">=", f(c) - slope * c);
  }
}

interface Unit {
  members: number[];
  fixed?: number;
}

/** Long lists on lines of 20 names: LP readers need not take unbounded lines. */
const chunks = (names: string[]) =>
  Array.from({ length: Math.ceil(names.length / 20) }, (_, k) => ` ${names.slice(20 * k, 20 * k + 20).join(" ")}`);

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(12).replace(/0+$/, ""));

/** Objective and constraint terms written as "+ 3 x_1_2 - x_4_2". */
function terms(list: [number, string][]): string {
  return list
    .filter(([c]) => c !== 0)
    .map(([c, v], k) => `${c < 0 ? "- " : k ? "+ " : ""}${Math.abs(c) === 1 ? "" : fmt(Math.abs(c)) + " "}${v}`)
    .join(" ");
}

function units(
  problem: TableProblem,
  fixed: ReadonlyMap<string, number>,
  tableIndex: Map<number, number>,
): { units: Unit[]; of: number[] } {
  const byParty = new Map<string, number>();
  const list: Unit[] = [];
  const of: number[] = [];
  problem.guests.forEach((g, i) => {
    let u = g.party ? byParty.get(g.party) : undefined;
    if (u === undefined) {
      u = list.length;
      list.push({ members: [] });
      if (g.party) byParty.set(g.party, u);
    }
    list[u].members.push(i);
    of[i] = u;
    const table = g.lockedTable ?? fixed.get(g.id);
    if (table !== undefined) {
      const t = tableIndex.get(table);
      if (t === undefined || (list[u].fixed !== undefined && list[u].fixed !== t)) throw new Error(`cannot fix ${g.id} to table ${table}`);
      list[u].fixed = t;
    }
  });
  return { units: list, of };
}

/** `fixed`: guest id → table number for guests the search may not move (VIPs), or for every guest to cost a given plan. */
export function exactModel(problem: TableProblem, fixed: ReadonlyMap<string, number> = new Map()): ExactModel {
  if (problem.dietTables.length || problem.extraTableCapacity !== undefined)
    throw new Error("the exact model covers plans without diet tables or extra tables");
  const { guests, weights: w } = problem;
  const tables = [...problem.tables].sort((a, b) => a.table - b.table);
  const T = tables.length;
  const tableIndex = new Map(tables.map((t, i) => [t.table, i]));
  const { units: U, of } = units(problem, fixed, tableIndex);
  const x = (u: number, t: number) => `x_${u}_${t}`;
  const objective: [number, string][] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const bounds: string[] = [];
  let offset = 0;
  const row = (lhs: [number, string][], sense: string, rhs: number) => rows.push(` c${rows.length}: ${terms(lhs)} ${sense} ${fmt(rhs)}`);

  // Each unit at exactly one table; locked and fixed units pinned.
  U.forEach((unit, u) => {
    row(
      tables.map((_, t) => [1, x(u, t)]),
      "=",
      1,
    );
    for (let t = 0; t < T; t++) {
      binaries.push(x(u, t));
      if (unit.fixed !== undefined) bounds.push(` ${x(u, t)} = ${unit.fixed === t ? 1 : 0}`);
    }
  });

  // Tables of one size with nobody pinned are interchangeable: number them by their lowest free
  // unit, so a free unit sits at the k-th such table only if a lower unit sits at the (k−1)-th.
  // Removes the relabelled copies of each plan the solver would otherwise have to rule out.
  const free = U.flatMap((unit, u) => (unit.fixed === undefined ? [u] : []));
  const pinned = new Set(U.flatMap((unit) => (unit.fixed === undefined ? [] : [unit.fixed])));
  for (const cap of new Set(tables.map((t) => t.capacity))) {
    const same = tables.flatMap((t, i) => (t.capacity === cap && !pinned.has(i) ? [i] : []));
    for (let k = 1; k < same.length; k++)
      for (let r = 0; r < free.length; r++) {
        const lower: [number, string][] = free.slice(0, r).map((v) => [-1, x(v, same[k - 1])]);
        row([[1, x(free[r], same[k])], ...lower], "<=", 0);
      }
  }

  // Keep-apart, between units (a pair inside one party is infeasible and refused by the optimiser).
  const byId = new Map(guests.map((g, i) => [g.id, i]));
  const apart = new Set<string>();
  guests.forEach((g, i) => {
    for (const ref of g.keepApart) {
      const j = byId.get(ref);
      if (j === undefined || j === i) continue;
      const [a, b] = [Math.min(of[i], of[j]), Math.max(of[i], of[j])];
      if (a === b) throw new Error(`keep-apart inside a party: ${g.id} ${ref}`);
      apart.add(`${a} ${b}`);
    }
  });
  for (const pair of apart) {
    const [a, b] = pair.split(" ").map(Number);
    for (let t = 0; t < T; t++)
      row(
        [
          [1, x(a, t)],
          [1, x(b, t)],
        ],
        "<=",
        1,
      );
  }

  // Headcount per table: e_t is at least every chord of the convex cost f(c) = (c − share)² between
  // consecutive whole headcounts, so at a whole headcount it equals f exactly and the LP bound stays tight.
  const seats = tables.reduce((s, t) => s + t.capacity, 0);
  const ratio = seats > 0 ? guests.length / seats : 0;
  tables.forEach((table, t) => {
    const share = table.capacity * ratio;
    const e = `e_${t}`;
    objective.push([w.even, e]);
    bounds.push(` ${e} >= 0`);
    const head = U.map((unit, u): [number, string] => [unit.members.length, x(u, t)]);
    convexAbove(row, e, head, (c) => (c - share) ** 2, table.capacity);
  });

  // Grouping.
  const keyOf = guests.map((g) => (problem.groupBy === "group" ? g.group : g.organisation));
  const keys = [...new Set(keyOf.filter((k) => k))];
  const unitKeys = U.map((unit) => {
    const count = new Map<string, number>();
    for (const i of unit.members) if (keyOf[i]) count.set(keyOf[i], (count.get(keyOf[i]) ?? 0) + 1);
    return count;
  });
  if (problem.mode === "together") {
    // Distinct keys per table, less one per key: a key at a single table costs nothing.
    offset -= w.grouping * keys.length;
    const total = keys.map((k) => keyOf.filter((x) => x === k).length);
    const maxCap = Math.max(...tables.map((t) => t.capacity));
    keys.forEach((k, ki) => {
      for (let t = 0; t < T; t++) {
        const y = `y_${ki}_${t}`;
        objective.push([w.grouping, y]);
        bounds.push(` 0 <= ${y} <= 1`);
        U.forEach(
          (_, u) =>
            unitKeys[u].has(k) &&
            row(
              [
                [1, y],
                [-1, x(u, t)],
              ],
              ">=",
              0,
            ),
        );
        // Valid cut that tightens the LP bound: a table holds at most min(n_k, capacity) of the key.
        const most = Math.min(total[ki], tables[t].capacity);
        row(
          [[most, y], ...U.flatMap((_, u): [number, string][] => (unitKeys[u].has(k) ? [[-unitKeys[u].get(k)!, x(u, t)]] : []))],
          ">=",
          0,
        );
      }
      row(
        tables.map((_, t) => [1, `y_${ki}_${t}`]),
        ">=",
        Math.ceil(total[ki] / maxCap),
      );
    });
  } else {
    // Same-key pairs at a table: p_k_t ≥ the chords of c(c − 1)/2 over the key's headcount there.
    keys.forEach((k, ki) => {
      const most = Math.min(keyOf.filter((x) => x === k).length, Math.max(...tables.map((t) => t.capacity)));
      if (most < 2) return;
      for (let t = 0; t < T; t++) {
        const p = `p_${ki}_${t}`;
        objective.push([w.grouping, p]);
        bounds.push(` ${p} >= 0`);
        const head = U.flatMap((_, u): [number, string][] => (unitKeys[u].has(k) ? [[unitKeys[u].get(k)!, x(u, t)]] : []));
        convexAbove(row, p, head, (c) => (c * (c - 1)) / 2, Math.min(most, tables[t].capacity));
      }
    });
  }

  // Alone: a guest with kin (same organisation or group) somewhere, none of them at their table.
  guests.forEach((g, i) => {
    const kin = guests.flatMap((h, j) =>
      j !== i && ((g.organisation && h.organisation === g.organisation) || (g.group && h.group === g.group)) ? [j] : [],
    );
    if (!kin.length || kin.some((j) => of[j] === of[i])) return;
    const a = `a_${i}`;
    objective.push([w.alone, a]);
    bounds.push(` 0 <= ${a} <= 1`);
    const kinUnits = [...new Set(kin.map((j) => of[j]))];
    for (let t = 0; t < T; t++) row([[1, a], [-1, x(of[i], t)], ...kinUnits.map((v): [number, string] => [1, x(v, t)])], ">=", 0);
  });

  const lp = [
    "Minimize",
    ` obj: ${terms(objective) || "0 x_0_0"}`,
    "Subject To",
    ...rows,
    "Bounds",
    ...bounds,
    "Binary",
    ...chunks(binaries),
    "End",
    "",
  ].join("\n");
  const decode = (columns: Record<string, { Primal: number }>) => {
    const at = new Map<string, number>();
    U.forEach((unit, u) => {
      const t = tables.findIndex((_, t) => (columns[x(u, t)]?.Primal ?? 0) > 0.5);
      for (const i of unit.members) at.set(guests[i].id, tables[t].table);
    });
    return at;
  };
  return { lp, offset, decode };
}
