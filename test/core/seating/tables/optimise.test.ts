import { optimiseTables } from "../../../../src/core/seating/tables/optimise";
import type { TableGuest } from "../../../../src/core/seating/tables/types";
import { RUN, guest, problem, tableOf, violations } from "./tableHarness";

/** 40 guests of 4 organisations (10 each) in the order a roster lists them: interleaved. */
function interleaved(n = 40, orgs = 4): TableGuest[] {
  return Array.from({ length: n }, (_, i) => guest(`G${i}`, { organisation: `O${i % orgs}`, precedence: 100 + i }));
}

describe("optimiseTables — hard constraints", () => {
  it("never seats more people at a table than it holds", () => {
    const p = problem(interleaved(27), [8, 8, 8, 8]);
    const r = optimiseTables(p, RUN);
    expect(violations(p, r)).toEqual([]);
    if (r.status === "ok") expect(Math.max(...r.tables.map((t) => t.guests.length))).toBeLessThanOrEqual(8);
  });

  it("keeps keep-apart pairs at different tables, even when their organisation pulls them together", () => {
    const gs = interleaved(20, 2);
    gs[0].keepApart = ["G2", "G4"];
    gs[6].keepApart = ["G8"];
    const p = problem(gs, [10, 10, 10]);
    const at = tableOf(optimiseTables(p, RUN));
    expect(at.get("G0")).not.toBe(at.get("G2"));
    expect(at.get("G0")).not.toBe(at.get("G4"));
    expect(at.get("G6")).not.toBe(at.get("G8"));
    expect(violations(p, optimiseTables(p, RUN))).toEqual([]);
  });

  it("seats a party together", () => {
    const gs = interleaved(30, 3);
    for (const i of [1, 2, 5, 29]) gs[i].party = "family";
    const p = problem(gs, [10, 10, 10, 10]);
    const at = tableOf(optimiseTables(p, RUN));
    expect(new Set([1, 2, 5, 29].map((i) => at.get(`G${i}`))).size).toBe(1);
  });

  it("leaves locked guests at their table, and the same input gives the same plan", () => {
    const gs = interleaved(30, 3);
    gs[3].lockedTable = 4;
    gs[4].lockedTable = 4;
    gs[10].lockedTable = 2;
    const p = problem(gs, [10, 10, 10, 10]);
    const first = optimiseTables(p, RUN);
    const at = tableOf(first);
    expect([at.get("G3"), at.get("G4"), at.get("G10")]).toEqual([4, 4, 2]);
    expect(optimiseTables(p, RUN)).toEqual(first);
  });

  it("a plan re-run with its own result locked is unchanged", () => {
    const gs = interleaved(33, 3);
    gs[0].vip = true;
    gs[5].keepApart = ["G8"];
    const p = problem(gs, [10, 10, 10, 10]);
    const first = optimiseTables(p, RUN);
    const at = tableOf(first);
    const locked = problem(
      gs.map((g) => ({ ...g, lockedTable: at.get(g.id) })),
      [10, 10, 10, 10],
    );
    const again = optimiseTables(locked, { ...RUN, seed: 99 });
    expect(tableOf(again)).toEqual(at);
    if (first.status === "ok" && again.status === "ok") expect(again.tables).toEqual(first.tables);
  });

  it("seats VIPs by precedence from table 1: the most senior fill the main table first", () => {
    const gs = interleaved(40, 4);
    // 12 VIPs listed out of order; table 1 holds 8.
    const order = [11, 3, 7, 0, 9, 1, 10, 2, 8, 4, 6, 5];
    order.forEach((rank, k) => Object.assign(gs[k * 3], { vip: true, precedence: rank + 1 }));
    const p = problem(gs, [8, 10, 10, 10, 10]);
    const r = optimiseTables(p, RUN);
    expect(violations(p, r)).toEqual([]);
    const at = tableOf(r);
    const vipTables = order.map((rank, k) => [rank, at.get(`G${k * 3}`)!] as const).sort((a, b) => a[0] - b[0]);
    expect(vipTables.map(([, t]) => t)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2]);
  });

  it("a VIP's aide sits with them and takes a main-table seat", () => {
    const gs = interleaved(20, 2);
    Object.assign(gs[0], { vip: true, precedence: 1, party: "A" });
    Object.assign(gs[1], { party: "A" });
    Object.assign(gs[2], { vip: true, precedence: 2 });
    const p = problem(gs, [2, 10, 10]);
    const at = tableOf(optimiseTables(p, RUN));
    expect([at.get("G0"), at.get("G1"), at.get("G2")]).toEqual([1, 1, 2]);
  });

  it("seats halal guests together at a dedicated table when a halal table is configured", () => {
    const gs = interleaved(40, 4);
    for (const i of [2, 13, 21, 35]) gs[i].dietTable = "清真";
    const p = problem(gs, [10, 10, 10, 10, 10], { dietTables: ["清真"] });
    const r = optimiseTables(p, RUN);
    expect(violations(p, r)).toEqual([]);
    const at = tableOf(r);
    const t = at.get("G2")!;
    expect([13, 21, 35].map((i) => at.get(`G${i}`))).toEqual([t, t, t]);
    if (r.status === "ok") expect(r.tables.find((x) => x.table === t)!.dietTable).toBe("清真");
  });

  it("serves a halal VIP at the main table and says so", () => {
    const gs = interleaved(20, 2);
    Object.assign(gs[0], { vip: true, precedence: 1, dietTable: "清真" });
    gs[5].dietTable = "清真";
    const r = optimiseTables(problem(gs, [10, 10, 10], { dietTables: ["清真"] }), RUN);
    expect(tableOf(r).get("G0")).toBe(1);
    if (r.status === "ok") expect(r.warnings.map((w) => w.people)).toEqual([["G0"]]);
  });

  it("opens an extra table when allowed and the given ones cannot seat everyone", () => {
    const p = problem(interleaved(25), [10, 10], { extraTableCapacity: 10 });
    const r = optimiseTables(p, RUN);
    expect(violations(p, r)).toEqual([]);
    if (r.status === "ok") expect(r.tables.map((t) => t.table)).toEqual([1, 2, 3]);
  });
});

describe("optimiseTables — soft objectives", () => {
  it("keeps organisations together", () => {
    const r = optimiseTables(problem(interleaved(48, 6), 6), RUN);
    if (r.status !== "ok") throw new Error(r.status);
    // 6 organisations of 8 at tables of 10: each fits at one table.
    expect(r.objective.grouping).toBe(0);
    expect(r.objective.total).toBeLessThanOrEqual(r.baseline.total);
  });

  it("improves on the greedy start, which fills tables one after another", () => {
    const r = optimiseTables(problem(interleaved(40, 4), 5), RUN);
    if (r.status !== "ok") throw new Error(r.status);
    expect(r.objective.total).toBeLessThan(r.baseline.total);
    expect(r.objective.even).toBeLessThan(r.baseline.even);
  });

  it("mixes organisations when asked: fewer same-organisation pairs than keeping them together", () => {
    const gs = interleaved(40, 4);
    const together = optimiseTables(problem(gs, 4), RUN);
    const mix = optimiseTables(problem(gs, 4, { mode: "mix" }), RUN);
    if (together.status !== "ok" || mix.status !== "ok") throw new Error("no plan");
    const pairs = (r: typeof mix) =>
      r.status === "ok"
        ? r.tables.reduce((s, t) => {
            const c = new Map<string, number>();
            for (const g of t.guests) c.set(g.id, 0);
            const orgs = t.guests.map((g) => gs.find((x) => x.id === g.id)!.organisation);
            for (const o of orgs) c.set(o, (c.get(o) ?? 0) + 1);
            return s + [...new Set(orgs)].reduce((a, o) => a + (c.get(o)! * (c.get(o)! - 1)) / 2, 0);
          }, 0)
        : 0;
    expect(pairs(mix)).toBeLessThan(pairs(together));
    expect(mix.objective.total).toBeLessThanOrEqual(mix.baseline.total);
  });

  it("fills tables evenly", () => {
    const p = problem(interleaved(30, 30), 5, { weights: { grouping: 0, even: 1, alone: 0 } });
    const r = optimiseTables(p, RUN);
    if (r.status !== "ok") throw new Error(r.status);
    expect(r.tables.map((t) => t.guests.length)).toEqual([6, 6, 6, 6, 6]);
    expect(r.objective.even).toBe(0);
  });

  it("leaves nobody alone among strangers when a colleague could join them", () => {
    const gs = Array.from({ length: 20 }, (_, i) => guest(`G${i}`, { organisation: i < 18 ? `Big${i % 2}` : "Pair" }));
    const r = optimiseTables(problem(gs, [10, 10, 10], { weights: { grouping: 0, even: 0, alone: 1 } }), RUN);
    const at = tableOf(r);
    expect(at.get("G18")).toBe(at.get("G19"));
    if (r.status === "ok") expect(r.objective.alone).toBe(0);
  });
});

describe("optimiseTables — determinism and control", () => {
  const gs = interleaved(60, 7);
  gs[0].keepApart = ["G7"];
  const p = problem(gs, 8);

  it("gives the identical plan for the same seed", () => {
    expect(optimiseTables(p, RUN)).toEqual(optimiseTables(p, RUN));
  });

  it("may differ with another seed, but stays valid", () => {
    for (const seed of [1, 2, 3]) expect(violations(p, optimiseTables(p, { ...RUN, seed }))).toEqual([]);
  });

  it("reports progress up to the iteration budget", () => {
    const calls: [number, number][] = [];
    optimiseTables(p, { ...RUN, iterations: 600, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls[0]).toEqual([0, 600]);
    expect(calls[calls.length - 1]).toEqual([600, 600]);
  });

  it("stops when cancelled and returns no plan", () => {
    expect(optimiseTables(p, { ...RUN, shouldCancel: () => true })).toEqual({ status: "cancelled" });
  });
});

describe("optimiseTables: a locked seat", () => {
  it("seats a locked guest in the seat they typed, in the plan itself, whoever calls it", () => {
    const guests = [
      guest("A", { precedence: 1 }),
      guest("B", { precedence: 2, lockedTable: 1, lockedSeat: 1 }),
      guest("C", { precedence: 3 }),
    ];
    const result = optimiseTables(problem(guests, [10]), RUN);
    if (result.status !== "ok") throw new Error(result.status);
    const host = result.tables[0].guests.find((g) => g.seat === 1)!;
    expect([host.id, host.role]).toEqual(["B", "host"]);
  });
});
