import { performance } from "node:perf_hooks";
import { locateByName } from "../src/core/schema/locateSheets";
import { parseWorkbook } from "../src/core/schema/parseWorkbook";
import { INPUT_SHEETS } from "../src/core/schema/sheets";
import type { SheetSnapshot } from "../src/workbook/gateway";
import { generateConference } from "../samples/generator";

export interface ScalingRow {
  attendees: number;
  ms: number;
  records: number;
  findings: number;
}

function snapshots(attendees: number): SheetSnapshot[] {
  const wb = generateConference({ lang: "zh", attendees, seed: 7, mistakes: true });
  return wb.sheets.map((s) => {
    const width = Math.max(...s.rows.map((r) => r.length));
    return { name: s.name, top: 0, left: 0, values: s.rows.map((r) => [...r, ...Array(width - r.length).fill("")]) };
  });
}

/** Median of `runs` timings of locating and parsing the five input sheets. */
export function engineScaling(sizes: number[], runs = 5): ScalingRow[] {
  return sizes.map((n) => {
    const sheets = snapshots(n);
    const names = sheets.map((s) => s.name);
    const times: number[] = [];
    let last: ReturnType<typeof parseWorkbook> | undefined;
    for (let i = 0; i < runs + 1; i++) {
      const t0 = performance.now();
      last = parseWorkbook(sheets, locateByName(names, INPUT_SHEETS));
      const t = performance.now() - t0;
      if (i > 0) times.push(t); // the first run warms the JIT
    }
    times.sort((a, b) => a - b);
    return { attendees: n, ms: times[Math.floor(times.length / 2)], records: last!.roster.records.length, findings: last!.findings.length };
  });
}
