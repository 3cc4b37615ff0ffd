import { performance } from "node:perf_hooks";
import { defaultIterations, optimiseTables } from "../../src/core/seating/tables/optimise";
import { DEFAULT_TABLE_SETTINGS } from "../../src/core/seating/tables/settings";
import { violations } from "../../test/core/seating/tables/tableHarness";
import { scaleInstance } from "./instances";

export interface ScalingRow {
  guests: number;
  tables: number;
  keepApart: number;
  locked: number;
  iterations: number;
  /** Median wall time of `runs` runs, after one warm-up. */
  ms: number;
  baseline: number;
  objective: number;
  /** Broken hard constraints, by an independent checker. */
  violations: number;
  deterministic: boolean;
}

/** Run time and quality of the default optimiser run as the banquet grows. */
export function seatingScaling(sizes: number[], runs = 3): ScalingRow[] {
  return sizes.map((n) => {
    const p = scaleInstance(n);
    const options = { seed: DEFAULT_TABLE_SETTINGS.seed, iterations: defaultIterations(n) };
    const first = optimiseTables(p, options);
    const times: number[] = [];
    let same = true;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = optimiseTables(p, options);
      times.push(performance.now() - t0);
      same &&= JSON.stringify(r) === JSON.stringify(first);
    }
    if (first.status !== "ok") throw new Error(`${n} guests: ${first.status}`);
    return {
      guests: n,
      tables: p.tables.length,
      keepApart: p.guests.reduce((a, g) => a + g.keepApart.length, 0),
      locked: p.guests.filter((g) => g.lockedTable !== undefined).length,
      iterations: first.iterations,
      ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)],
      baseline: first.baseline.total,
      objective: first.objective.total,
      violations: violations(p, first).length,
      deterministic: same,
    };
  });
}

/** The rows as markdown, and the growth of time from the smallest to the largest size against n log n. */
export function scalingTable(rows: ScalingRow[]): string {
  const lines = [
    "| guests | tables | keep-apart pairs | locked | iterations | median ms | ms per 1,000 iterations | baseline objective | objective | improvement | violations | same plan every run |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
    ...rows.map(
      (r) =>
        `| ${r.guests} | ${r.tables} | ${r.keepApart} | ${r.locked} | ${r.iterations} | ${r.ms.toFixed(0)} | ${((1000 * r.ms) / Math.max(1, r.iterations)).toFixed(1)} | ${r.baseline.toFixed(2)} | ${r.objective.toFixed(2)} | ` +
        `${r.baseline > 0 ? ((100 * (r.baseline - r.objective)) / r.baseline).toFixed(1) : "0.0"} % | ${r.violations} | ${r.deterministic ? "yes" : "NO"} |`,
    ),
  ];
  const [a, b] = [rows[0], rows[rows.length - 1]];
  const growth = b.guests / a.guests;
  const nlogn = (growth * Math.log(b.guests)) / Math.log(a.guests);
  const perIteration = (r: ScalingRow) => r.ms / Math.max(1, r.iterations);
  lines.push(
    "",
    `Time ratio ${b.guests}/${a.guests}: ${(b.ms / a.ms).toFixed(2)} (n log n: ${nlogn.toFixed(1)}, linear: ${growth.toFixed(1)}). ` +
      `Per iteration: ${(perIteration(b) / perIteration(a)).toFixed(2)} (the default budget is 20 iterations per guest, at least 15,000 and at most 100,000). ` +
      "Baseline = the constructive start (locks, VIPs by precedence, then the rest); objective = after the search.",
  );
  return lines.join("\n");
}
