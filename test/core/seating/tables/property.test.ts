import fc from "fast-check";
import { optimiseTables } from "../../../../src/core/seating/tables/optimise";
import type { TableGuest, TableProblem } from "../../../../src/core/seating/tables/types";
import { guest, problem, violations } from "./tableHarness";

/** Small messy instances: random organisations, parties, keep-apart, locks (some to missing tables), VIPs and diets. */
const instance: fc.Arbitrary<TableProblem> = fc
  .record({
    caps: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 5 }),
    people: fc.array(
      fc.record({
        org: fc.integer({ min: 0, max: 3 }),
        party: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 3 }),
        apart: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 2 }),
        lock: fc.option(fc.integer({ min: 0, max: 6 }), { freq: 4 }),
        vip: fc.boolean(),
        precedence: fc.option(fc.integer({ min: 1, max: 9 })),
        halal: fc.boolean(),
      }),
      { maxLength: 20 },
    ),
    halalTable: fc.boolean(),
    extra: fc.boolean(),
    mix: fc.boolean(),
  })
  .map(({ caps, people, halalTable, extra, mix }) => {
    const gs: TableGuest[] = people.map((p, i) =>
      guest(`G${i}`, {
        organisation: `O${p.org}`,
        party: p.party === null ? "" : `P${p.party}`,
        keepApart: p.apart.filter((j) => j < people.length).map((j) => `G${j}`),
        lockedTable: p.lock ?? undefined,
        vip: p.vip,
        precedence: p.precedence ?? undefined,
        dietTable: p.halal ? "清真" : "",
      }),
    );
    return problem(gs, caps, {
      dietTables: halalTable ? ["清真"] : [],
      extraTableCapacity: extra ? 6 : undefined,
      mode: mix ? "mix" : "together",
    });
  });

describe("optimiseTables on random small instances", () => {
  it("never throws, and either every hard rule holds or each problem names people or a count", () => {
    fc.assert(
      fc.property(instance, fc.integer(), (p, seed) => {
        const r = optimiseTables(p, { seed, iterations: 150 });
        if (r.status === "ok") {
          expect(violations(p, r)).toEqual([]);
          expect(r.objective.total).toBeLessThanOrEqual(r.baseline.total + 1e-6);
        } else {
          expect(r.status).toBe("infeasible");
          if (r.status !== "infeasible") return;
          expect(r.problems.length).toBeGreaterThan(0);
          for (const pr of r.problems) {
            expect(pr.people.length > 0 || pr.kind === "too-many-guests").toBe(true);
            expect(pr.message.zh).not.toBe("");
            expect(pr.message.en).not.toBe("");
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic for a seed", () => {
    fc.assert(
      fc.property(instance, fc.integer(), (p, seed) => {
        expect(optimiseTables(p, { seed, iterations: 100 })).toEqual(optimiseTables(p, { seed, iterations: 100 }));
      }),
      { numRuns: 100 },
    );
  });
});
