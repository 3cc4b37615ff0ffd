import type { ParsedTable } from "../../schema/parsedSheet";
import type { BudgetFields } from "../../schema/sheets/budget";
import { AMOUNT_KEYS, budgetLines, type AmountKey, type BudgetGroup, type BudgetLines } from "./budgetGroups";

/** What the engine computes for one row of the review's table, the way the row's formulas do. */
export interface RowFigures {
  budget: number;
  committed?: number;
  actual?: number;
  used: number;
  variance: number;
  share: number | "";
}

function figures(budget: number, committed: number | undefined, actual: number | undefined): RowFigures {
  const present = [committed, actual].filter((x): x is number => x !== undefined);
  // MAX over blank cells is 0; an error in either passes through (NaN here).
  const used = present.length ? Math.max(...present) : 0;
  return { budget, committed, actual, used, variance: budget - used, share: budget === 0 ? "" : used / budget };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** The Budget sheet's 0-based columns of the amounts; absent when the sheet has no such column. */
export function amountColumns(budget: ParsedTable<BudgetFields>): Partial<Record<AmountKey, number>> {
  const cols: Partial<Record<AmountKey, number>> = {};
  for (const key of AMOUNT_KEYS) {
    const c = budget.columns.get(key);
    if (c) cols[key] = c.col;
  }
  return cols;
}

/** The figures of each category's row and of the totals row (which adds up the rows above it). */
export function categoryFigures(
  groups: readonly BudgetGroup[],
  amountCols: Partial<Record<AmountKey, number>>,
): { perGroup: RowFigures[]; totals: RowFigures } {
  const perGroup = groups.map((g) => {
    const has = (key: AmountKey) => (amountCols[key] !== undefined ? g.sums[key] : undefined);
    return figures(g.sums.budget, has("committed"), has("actual"));
  });
  const total = (pick: (p: RowFigures) => number) => sum(perGroup.map(pick));
  const totals: RowFigures = {
    budget: total((p) => p.budget),
    committed: amountCols.committed !== undefined ? total((p) => p.committed!) : undefined,
    actual: amountCols.actual !== undefined ? total((p) => p.actual!) : undefined,
    used: total((p) => p.used),
    variance: total((p) => p.variance),
    share: "",
  };
  totals.share = totals.budget === 0 ? "" : totals.used / totals.budget;
  return { perGroup, totals };
}

export interface BudgetFigures {
  lines: BudgetLines;
  /** One per group of `lines.groups`, in that order. */
  perGroup: RowFigures[];
  totals: RowFigures;
}

/**
 * The figures the 预算审核 / Budget Review shows for its categories and totals, for whoever shows
 * them elsewhere (the pane's Overview); undefined when the review has none (no Budget sheet, or no lines).
 */
export function budgetFigures(budget: ParsedTable<BudgetFields>): BudgetFigures | undefined {
  if (!budget.sheet || budget.records.length === 0) return undefined;
  const lines = budgetLines(budget);
  return { lines, ...categoryFigures(lines.groups, amountColumns(budget)) };
}
