import { infeasible } from "./messages";
import type { Model } from "./model";
import type { Rng } from "./prng";
import { repairPlace } from "./repair";
import { Seating } from "./seating";
import type { Infeasibility, TableProblem } from "./types";

/** Opens an extra table when the problem allows it and the unit would fit there. */
function openTable(s: Seating, problem: TableProblem, u: number): number {
  const cap = problem.extraTableCapacity;
  if (cap === undefined || cap < s.model.units[u].size) return -1;
  return s.addTable(cap);
}

function noRoom(model: Model, u: number, diet = ""): Infeasibility {
  return infeasible(
    "no-room",
    model.units[u].members.map((i) => model.guests[i]),
    [],
    { diet },
  );
}

/** VIPs by precedence fill table 1, then 2, …: a table is never revisited, so seniority never goes down the tables. */
function seatVips(s: Seating, problem: TableProblem, problems: Infeasibility[]): void {
  const { units } = s.model;
  const vips = units.map((_, u) => u).filter((u) => units[u].vip && units[u].locked < 0);
  vips.sort((a, b) => units[a].rank - units[b].rank);
  let t = 0;
  for (const u of vips) {
    while (t < s.tableCount && !s.fits(u, t)) t++;
    if (t === s.tableCount && openTable(s, problem, u) < 0) {
      problems.push(noRoom(s.model, u));
      continue;
    }
    s.place(u, t);
  }
}

/** Each configured diet gets dedicated tables, taken from the last tables (farthest from the main table). */
function seatDiets(s: Seating, problem: TableProblem, problems: Infeasibility[]): void {
  const { units } = s.model;
  for (const diet of problem.dietTables) {
    const list = units.map((_, u) => u).filter((u) => units[u].diet === diet && units[u].locked < 0 && !units[u].vip);
    list.sort((a, b) => units[b].size - units[a].size || units[a].rank - units[b].rank);
    for (const u of list) {
      let t = -1;
      for (let i = 0; i < s.tableCount && t < 0; i++) if (s.diet[i] === diet && s.fits(u, i)) t = i;
      for (let i = s.tableCount - 1; i >= 0 && t < 0; i--) if (!s.diet[i] && s.used[i] === 0 && s.fits(u, i)) t = i;
      for (let i = s.tableCount - 1; i >= 0 && t < 0; i--) if (!s.diet[i] && s.fits(u, i)) t = i;
      if (t < 0) t = openTable(s, problem, u);
      if (t < 0) {
        problems.push(noRoom(s.model, u, diet));
        continue;
      }
      s.diet[t] = diet;
      s.place(u, t);
    }
  }
}

function sameKeyAt(s: Seating, t: number, key: number): number {
  let n = 0;
  for (const v of s.members[t]) for (const i of s.model.units[v].members) if (s.model.key[i] === key) n++;
  return n;
}

/** Everyone else, largest organisations (or groups) first; ties broken by the seed. */
function seatOthers(s: Seating, problem: TableProblem, rng: Rng, problems: Infeasibility[]): void {
  const { units } = s.model;
  const free = units.map((_, u) => u).filter((u) => s.tableOf[u] < 0 && units[u].locked < 0 && !units[u].vip && !units[u].diet);
  const groups = new Map<string, { units: number[]; size: number; tie: number }>();
  for (const u of free) {
    const k = units[u].key >= 0 ? `k${units[u].key}` : `u${u}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { units: [], size: 0, tie: 0 }));
    g.units.push(u);
    g.size += units[u].size;
  }
  const ordered = [...groups.values()];
  for (const g of ordered) g.tie = rng.next();
  ordered.sort((a, b) => b.size - a.size || a.tie - b.tie);
  const together = problem.mode === "together";
  for (const g of ordered) {
    g.units.sort((a, b) => units[b].size - units[a].size || units[a].rank - units[b].rank);
    for (const u of g.units) {
      let best = -1;
      let bestSame = 0;
      for (let t = 0; t < s.tableCount; t++) {
        if (!s.fits(u, t)) continue;
        const same = units[u].key >= 0 ? sameKeyAt(s, t, units[u].key) : 0;
        const better =
          best < 0 ||
          (together ? same > bestSame : same < bestSame) ||
          (same === bestSame && s.caps[t] - s.used[t] > s.caps[best] - s.used[best]);
        if (better) [best, bestSame] = [t, same];
      }
      if (best >= 0) s.place(u, best);
      else if (repairPlace(s, u)) continue;
      else {
        const t = openTable(s, problem, u);
        if (t >= 0) s.place(u, t);
        else problems.push(noRoom(s.model, u));
      }
    }
  }
}

/** The seeded constructive start: locked guests, then VIPs by precedence, then special-diet tables, then the rest. */
export function construct(model: Model, problem: TableProblem, rng: Rng): { seating: Seating; problems: Infeasibility[] } {
  const s = new Seating(model);
  const problems: Infeasibility[] = [];
  model.units.forEach((unit, u) => {
    if (unit.locked >= 0) s.place(u, unit.locked);
  });
  seatVips(s, problem, problems);
  seatDiets(s, problem, problems);
  seatOthers(s, problem, rng, problems);
  return { seating: s, problems };
}
