import { buildModel, type Model } from "../../../../src/core/seating/tables/model";
import { Objective } from "../../../../src/core/seating/tables/objective";
import { createRng } from "../../../../src/core/seating/tables/prng";
import { repackSweep } from "../../../../src/core/seating/tables/repackSweep";
import { Seating } from "../../../../src/core/seating/tables/seating";
import { seatingSpread } from "../../../../src/core/seating/tables/spread";
import { applyRepack, repackTables } from "../../../../src/core/seating/tables/tableRepack";
import type { TableGuest, TableProblem } from "../../../../src/core/seating/tables/types";
import { guest, problem } from "./tableHarness";

/**
 * Three full tables of 10. Organisation A (8) sits 5 + 3 over tables 1 and 2, and no swap between
 * those two can merge it: the others there come in blocks of 5, 4 and 3. With table 3 (blocks of
 * 3, 2 and 5) the eight fit together beside the pair F. B0 is locked to table 1; A0 and G0 must
 * sit apart; A6 and A7 are a party.
 */
const ORGS: [string, number, number[]][] = [
  // organisation, size, table index per member
  ["A", 8, [0, 0, 0, 0, 0, 1, 1, 1]],
  ["B", 5, [0, 0, 0, 0, 0]],
  ["C", 4, [1, 1, 1, 1]],
  ["D", 3, [1, 1, 1]],
  ["E", 3, [2, 2, 2]],
  ["F", 2, [2, 2]],
  ["G", 5, [2, 2, 2, 2, 2]],
];

function splitPlan(): { p: TableProblem; at: number[] } {
  const gs: TableGuest[] = [];
  const at: number[] = [];
  for (const [org, n, tables] of ORGS)
    for (let k = 0; k < n; k++) {
      gs.push(guest(`${org}${k}`, { organisation: org }));
      at.push(tables[k]);
    }
  const byId = (id: string) => gs.find((g) => g.id === id)!;
  byId("B0").lockedTable = 1;
  byId("A0").keepApart = ["G0"];
  byId("A6").party = byId("A7").party = "aides";
  return { p: problem(gs, [10, 10, 10]), at };
}

function seated(model: Model, at: number[]): Seating {
  const s = new Seating(model);
  model.units.forEach((unit, u) => s.place(u, at[unit.members[0]]));
  return s;
}

function setUp() {
  const { p, at } = splitPlan();
  const { model, problems } = buildModel(p);
  expect(problems).toEqual([]);
  const s = seated(model, at);
  const obj = new Objective(model, p);
  obj.calibrate(s);
  return { s, obj, model, costs: s.members.map((_, t) => obj.cost(s, t)) };
}

/** Tables of each organisation's guests, and every hard rule the repack must keep. */
function check(s: Seating, model: Model) {
  const tableOf = (id: string) => s.tableOf[model.unitOf[model.guests.findIndex((g) => g.id === id)]];
  s.members.forEach((_, t) => expect(s.used[t]).toBeLessThanOrEqual(s.caps[t]));
  expect(tableOf("B0")).toBe(0);
  expect(tableOf("A0")).not.toBe(tableOf("G0"));
  expect(tableOf("A6")).toBe(tableOf("A7"));
  return (org: string) => new Set(model.guests.filter((g) => g.organisation === org).map((g) => tableOf(g.id))).size;
}

describe("repackTables", () => {
  it("cannot merge the split from its own two tables, where every share-out splits someone", () => {
    const { s, obj, costs } = setUp();
    expect(repackTables(s, obj, [0, 1], costs)).toBeUndefined();
  });

  it("merges it with a third table to trade with, keeping locks, keep-apart pairs, parties and capacities", () => {
    const { s, obj, model, costs } = setUp();
    expect(seatingSpread(s)).toBeGreaterThan(1);
    const r = repackTables(s, obj, [0, 1, 2], costs)!;
    expect(r.delta).toBe(-1);
    applyRepack(s, r, costs);
    const tables = check(s, model);
    for (const [org] of ORGS) expect(tables(org)).toBe(1);
    expect(seatingSpread(s)).toBe(1);
    expect(costs).toEqual(s.members.map((_, t) => obj.cost(s, t)));
    expect(obj.value(s).total).toBe(0);
  });

  it("leaves the seating untouched until applied, and gives the same share-out every time", () => {
    const { s, obj, costs } = setUp();
    const before = Int32Array.from(s.tableOf);
    const a = repackTables(s, obj, [0, 1, 2], costs)!;
    expect(s.tableOf).toEqual(before);
    expect(repackTables(s, obj, [0, 1, 2], costs)!.to).toEqual(a.to);
  });
});

describe("repackSweep", () => {
  it("finds the split, repacks it, and ends at the same plan for the same seed", () => {
    const run = () => {
      const { s, obj, model, costs } = setUp();
      const gain = repackSweep(s, obj, costs, createRng(3));
      const tables = check(s, model);
      expect(tables("A")).toBe(1);
      expect(gain).toBe(1);
      return Array.from(s.tableOf);
    };
    expect(run()).toEqual(run());
  });
});
