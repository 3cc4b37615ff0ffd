import { performance } from "node:perf_hooks";
import type { CellValue } from "../src/core/cellValue";
import { runRules } from "../src/core/rules/engine";
import { ALL_RULES } from "../src/core/rules/registry";
import { locateByName } from "../src/core/schema/locateSheets";
import { parseWorkbook } from "../src/core/schema/parseWorkbook";
import { INPUT_SHEETS } from "../src/core/schema/sheets";
import type { SheetSnapshot } from "../src/workbook/gateway";
import { generateConference } from "../samples/generator";

export interface RulesRow {
  attendees: number;
  budgetLines: number;
  tasks: number;
  parseMs: number;
  rulesMs: number;
  findings: number;
}

/** Repeats the data rows until there are `n`, suffixing the first column (IDs) so they stay unique. */
function grow(rows: CellValue[][], n: number, idCols: number[]): CellValue[][] {
  const [header, ...body] = rows;
  const data = body.filter((r) => r.some((v) => v !== ""));
  const out: CellValue[][] = [header];
  for (let i = 0; out.length - 1 < n; i++) {
    const copy = i === 0 ? "" : `-${i}`;
    for (const r of data) {
      if (out.length - 1 >= n) break;
      out.push(r.map((v, c) => (idCols.includes(c) && typeof v === "string" && v !== "" ? v + copy : v)));
    }
  }
  return out;
}

function workbook(attendees: number): SheetSnapshot[] {
  const wb = generateConference({ lang: "zh", attendees, seed: 7, mistakes: true });
  return wb.sheets.map((s) => {
    let rows = s.rows;
    const header = rows[0].map(String);
    if (s.key === "budget") rows = grow(rows, attendees / 10, []);
    if (s.key === "tasks") rows = grow(rows, attendees / 5, [header.indexOf("编号"), header.indexOf("依赖")]);
    const width = Math.max(...rows.map((r) => r.length));
    return { name: s.name, top: 0, left: 0, values: rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]) };
  });
}

/** Median timings of parsing and of running every rule, as the workbook grows. */
export function rulesScaling(sizes: number[], runs = 5): RulesRow[] {
  return sizes.map((n) => {
    const sheets = workbook(n);
    const located = locateByName(
      sheets.map((s) => s.name),
      INPUT_SHEETS,
    );
    const parseTimes: number[] = [];
    const ruleTimes: number[] = [];
    let row: RulesRow | undefined;
    for (let i = 0; i < runs + 1; i++) {
      const t0 = performance.now();
      const parsed = parseWorkbook(sheets, located);
      const t1 = performance.now();
      const result = runRules(parsed, ALL_RULES, "2026-12-06");
      const t2 = performance.now();
      if (i === 0) continue; // warm-up
      parseTimes.push(t1 - t0);
      ruleTimes.push(t2 - t1);
      row = {
        attendees: n,
        budgetLines: parsed.budget.records.length,
        tasks: parsed.tasks.records.length,
        parseMs: 0,
        rulesMs: 0,
        findings: result.findings.length,
      };
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { ...row!, parseMs: median(parseTimes), rulesMs: median(ruleTimes) };
  });
}
