import type { CellValue } from "../core/cellValue";
import type { WritePlan } from "../core/plan/writePlan";

/** The most characters an Excel cell holds; a longer value is refused by Excel (and by Office.js). */
export const EXCEL_CELL_MAX = 32_767;

const ELLIPSIS = "…";

/** A text cut to what a cell holds, never through a surrogate pair, ending "…" when cut. */
export function fitCellText(s: string, max = EXCEL_CELL_MAX): string {
  if (s.length <= max) return s;
  let end = max - ELLIPSIS.length;
  if (/[\uD800-\uDBFF]/.test(s[end - 1])) end--;
  return s.slice(0, end) + ELLIPSIS;
}

function fitRow(row: CellValue[]): CellValue[] {
  return row.some((v) => typeof v === "string" && v.length > EXCEL_CELL_MAX)
    ? row.map((v) => (typeof v === "string" ? fitCellText(v) : v))
    : row;
}

/**
 * The plan with every text value within Excel's cell limit. Builders keep their own text short
 * (the minutes' attendance list says "and N more"); this is the last line, so a very long input
 * (a 40,000-character meeting name) ends as a cut title rather than a refused or half-made write.
 */
export function fitCellLimits(plan: WritePlan): WritePlan {
  const long = plan.sheets.some((s) =>
    s.values.some((b) => b.values.some((r) => r.some((v) => typeof v === "string" && v.length > EXCEL_CELL_MAX))),
  );
  if (!long) return plan;
  return { ...plan, sheets: plan.sheets.map((s) => ({ ...s, values: s.values.map((b) => ({ ...b, values: b.values.map(fitRow) })) })) };
}
