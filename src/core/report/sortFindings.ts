import { parseA1 } from "../cellAddress";
import { compareSeverity, type Finding } from "../finding";
import type { ParsedWorkbook } from "../schema/parseWorkbook";

/** The input sheets found, in the order findings about them are listed: event, roster, budget, tasks, hotels. */
export function inputSheetOrder(parsed: ParsedWorkbook): string[] {
  return [parsed.event, parsed.roster, parsed.budget, parsed.tasks, parsed.hotels].flatMap((p) => (p.sheet ? [p.sheet] : []));
}

/**
 * Findings in the order a planner works through them: errors first, then by sheet in the
 * order given, then top to bottom, left to right. Stable for equal keys, so output is deterministic.
 */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const rank = new Map(sheetOrder.map((s, i) => [s, i]));
  const pos = (f: Finding) => parseA1(f.cell.split(":")[0]) ?? { row: 0, col: 0 };
  return findings
    .map((f, i) => ({ f, i, p: pos(f) }))
    .sort(
      (a, b) =>
        compareSeverity(a.f.severity, b.f.severity) ||
        (rank.get(a.f.sheet) ?? sheetOrder.length) - (rank.get(b.f.sheet) ?? sheetOrder.length) ||
        a.p.row - b.p.row ||
        a.p.col - b.p.col ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

export function countBySeverity(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
