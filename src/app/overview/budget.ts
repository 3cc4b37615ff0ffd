import { a1, a1Range } from "../../core/cellAddress";
import type { Lang } from "../../core/i18n";
import { budgetFigures } from "../../core/report/budgetReview";
import { T } from "../../core/report/budgetReview/labels";
import { cellOf } from "../../core/rules/cells";
import type { ParsedKeyValue, ParsedTable } from "../../core/schema/parsedSheet";
import type { BudgetFields, EventFields } from "../../core/schema/sheets";
import type { ParsedRecord } from "../../core/schema/values";
import type { CellLink, OverviewBudget, OverviewBudgetCategory } from "./types";

/** The budget amount on the sheet's last total row (合计, which the parser leaves out of the lines), else the header row. */
function budgetLink(budget: ParsedTable<BudgetFields>): CellLink | undefined {
  const sheet = budget.sheet!;
  const cols = [...budget.columns.values()].map((c) => c.col);
  const amount = budget.columns.get("budget")?.col;
  const totals = budget.totalRows ?? [];
  if (totals.length > 0 && amount !== undefined) return { sheet, cell: a1(Math.max(...totals), amount) };
  if (budget.headerRow < 0 || cols.length === 0) return undefined;
  const left = Math.min(...cols);
  return { sheet, cell: a1Range(budget.headerRow, left, 1, Math.max(...cols) - left + 1) };
}

/**
 * The budget as the 预算审核 / Budget Review computes it (the same figures: budgetFigures), by
 * category and in total; undefined when the review has none (no Budget sheet, or no lines).
 */
export function budgetSummary(
  budget: ParsedTable<BudgetFields>,
  event: ParsedKeyValue<EventFields>,
  lang: Lang,
): OverviewBudget | undefined {
  const figures = budgetFigures(budget);
  if (!figures) return undefined;
  const sheet = budget.sheet!;
  const byRow = new Map<number, ParsedRecord<BudgetFields>>(budget.records.map((r) => [r.row, r]));
  const categories = figures.lines.groups.map((g, i): OverviewBudgetCategory => {
    const first = byRow.get(g.rows[0]);
    return {
      name: g.label ?? T.uncategorised[lang],
      ...(g.label === null ? { uncategorised: true as const } : {}),
      planned: figures.perGroup[i].budget,
      used: figures.perGroup[i].used,
      ...(first ? { link: { sheet, cell: cellOf(budget, first, "category") } } : {}),
    };
  });
  const currency = event.fields.currency?.value;
  const link = budgetLink(budget);
  return {
    planned: figures.totals.budget,
    used: figures.totals.used,
    ...(currency ? { currency } : {}),
    categories,
    ...(link ? { link } : {}),
  };
}
