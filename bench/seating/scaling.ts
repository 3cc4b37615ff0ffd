import { performance } from "node:perf_hooks";
import { defaultIterations, optimiseTables } from "../../src/core/seating/tables/optimise";
import { DEFAULT_TABLE_SETTINGS } from "../../src/core/seating/tables/settings";
import { planSpread } from "../../src/core/seating/tables/spread";
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
  /** Organisation spread (× the fewest tables each could fill) of the constructive start and of the plan. */
  baselineSpread: number;
  spread: number;
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
    // No iterations: the constructive start is the plan.
    const start = optimiseTables(p, { ...options, iterations: 0 });
    if (start.status !== "ok") throw new Error(`${n} guests: ${start.status}`);
    return {
      guests: n,
      tables: p.tables.length,
      keepApart: p.guests.reduce((a, g) => a + g.keepApart.length, 0),
      locked: p.guests.filter((g) => g.lockedTable !== undefined).length,
      iterations: first.iterations,
      ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)],
      baseline: first.baseline.total,
      objective: first.objective.total,
      baselineSpread: planSpread(p, start.tables),
      spread: planSpread(p, first.tables),
      violations: violations(p, first).length,
      deterministic: same,
    };
  });
}

/** The rows as markdown, and the growth of time from the smallest to the largest size against n log n. */
export function scalingTable(rows: ScalingRow[]): string {
  const lines = [
    "| guests | tables | keep-apart pairs | locked | iterations | median ms | ms per 1,000 iterations | baseline objective | objective | improvement | baseline organisation spread (× fewest) | organisation spread (× fewest) | violations | same plan every run |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
    ...rows.map(
      (r) =>
        `| ${r.guests} | ${r.tables} | ${r.keepApart} | ${r.locked} | ${r.iterations} | ${r.ms.toFixed(0)} | ${((1000 * r.ms) / Math.max(1, r.iterations)).toFixed(1)} | ${r.baseline.toFixed(2)} | ${r.objective.toFixed(2)} | ` +
        `${r.baseline > 0 ? ((100 * (r.baseline - r.objective)) / r.baseline).toFixed(1) : "0.0"} % | ${r.baselineSpread.toFixed(3)} | ${r.spread.toFixed(3)} | ${r.violations} | ${r.deterministic ? "yes" : "NO"} |`,
    ),
  ];
  const [a, b] = [rows[0], rows[rows.length - 1]];
  const growth = b.guests / a.guests;
  const nlogn = (growth * Math.log(b.guests)) / Math.log(a.guests);
  const perIteration = (r: ScalingRow) => r.ms / Math.max(1, r.iterations);
  lines.push(
    "",
    `Time ratio ${b.guests}/${a.guests}: ${(b.ms / a.ms).toFixed(2)} (n log n: ${nlogn.toFixed(1)}, linear: ${growth.toFixed(1)}). ` +
      `Per iteration: ${(perIteration(b) / perIteration(a)).toFixed(2)} (the default budget is 15,000 tabu iterations at every size; the repack sweeps around it grow with the plan). ` +
      "Baseline = the constructive start (locks, VIPs by precedence, then the rest); objective = after the search. " +
      "Organisation spread = Σ tables each organisation (the objective's grouping key) of two or more guests sits at / Σ the fewest it could fill, ceil(guests / table size).",
  );
  return lines.join("\n");
}
