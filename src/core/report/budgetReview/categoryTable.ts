import type { Lang } from "../../i18n";
import type { FormatSpec } from "../../plan/writePlan";
import { AMOUNT_KEYS, type AmountKey, type BudgetGroup } from "./budgetGroups";
import { categoryFigures, type RowFigures } from "./budgetFigures";
import { HEADERS, T } from "./labels";
import { groupSumFormula, type LineArea } from "./lineFormulas";
import { f, v, type ReviewCell, type ReviewPart } from "./reviewGrid";

export const WIDTH = 8;
/** Review columns (0-based): 类别, 预算金额, 已承诺, 实际金额, 已用, 差额, 已用比例, 问题. */
export const COL = { label: 0, budget: 1, committed: 2, actual: 3, used: 4, variance: 5, share: 6, findings: 7 } as const;
const LETTER = { budget: "B", committed: "C", actual: "D", used: "E", variance: "F", share: "G" } as const;

export type { RowFigures } from "./budgetFigures";

export const PERCENT_FORMAT = "0.0%";
const OVER_FILL = "#F8D7DA";

export interface TableInput {
  lang: Lang;
  groups: readonly BudgetGroup[];
  area: LineArea;
  /** Budget-sheet columns of the amounts; absent when the sheet has no such column. */
  amountCols: Partial<Record<AmountKey, number>>;
  /** Text for the findings column, one per group. */
  beside: readonly string[];
  moneyFormat: string;
  /** 0-based review row of the header. */
  headerRow: number;
}

export interface CategoryTable extends ReviewPart {
  /** 0-based review rows of the categories and of the totals. */
  groupRows: number[];
  totalsRow: number;
  totals: RowFigures;
}

/** The amount cells of one row: formulas given, or left empty when the Budget sheet lacks the column. */
function rowCells(n: number, amounts: Partial<Record<AmountKey, string>>, fig: RowFigures): ReviewCell[] {
  const amount = (key: AmountKey, value: number | undefined) => (amounts[key] ? f(amounts[key]!, value!) : v(""));
  return [
    amount("budget", fig.budget),
    amount("committed", fig.committed),
    amount("actual", fig.actual),
    f(`=MAX(${LETTER.committed}${n},${LETTER.actual}${n})`, fig.used),
    f(`=${LETTER.budget}${n}-${LETTER.used}${n}`, fig.variance),
    f(shareFormula(n), fig.share),
  ];
}

/** Used ÷ budget, blank when the budget is 0. */
function shareFormula(n: number): string {
  return `=IF(${LETTER.budget}${n}=0,"",${LETTER.used}${n}/${LETTER.budget}${n})`;
}

/** The header, one row per category with its sums as formulas over the Budget sheet, and the totals. */
export function categoryTable(input: TableInput): CategoryTable {
  const { lang, groups, area, amountCols, headerRow } = input;
  const first = headerRow + 1;
  const rows: ReviewCell[][] = [HEADERS[lang].map(v)];
  const { perGroup, totals } = categoryFigures(groups, amountCols);
  groups.forEach((g, i) => {
    const n = first + i + 1;
    const amounts: Partial<Record<AmountKey, string>> = {};
    for (const key of AMOUNT_KEYS) if (amountCols[key] !== undefined) amounts[key] = groupSumFormula(g, amountCols[key]!, area);
    rows.push([v(g.label ?? T.uncategorised[lang]), ...rowCells(n, amounts, perGroup[i]), v(input.beside[i] ?? "")]);
  });
  const totalsRow = first + groups.length;
  // The totals add up the rows above (1-based first + 1 … totalsRow), used and variance included.
  const column = (l: string) => `=SUM(${l}${first + 1}:${l}${totalsRow})`;
  const n = totalsRow + 1;
  const amount = (key: "committed" | "actual") => (amountCols[key] !== undefined ? f(column(LETTER[key]), totals[key]!) : v(""));
  rows.push([
    v(T.total[lang]),
    f(column(LETTER.budget), totals.budget),
    amount("committed"),
    amount("actual"),
    f(column(LETTER.used), totals.used),
    f(column(LETTER.variance), totals.variance),
    f(shareFormula(n), totals.share),
    v(""),
  ]);

  const body = groups.length + 1;
  const formats: FormatSpec[] = [
    { range: { row: headerRow, col: 0, rows: 1, cols: WIDTH }, bold: true, fill: "#D9D9D9", border: true, wrap: true, vertical: "center" },
    { range: { row: first, col: 0, rows: body, cols: WIDTH }, border: true, vertical: "top" },
    { range: { row: first, col: COL.budget, rows: body, cols: 5 }, numberFormat: input.moneyFormat },
    { range: { row: first, col: COL.share, rows: body, cols: 1 }, numberFormat: PERCENT_FORMAT },
    { range: { row: first, col: COL.findings, rows: body, cols: 1 }, wrap: true },
    { range: { row: totalsRow, col: 0, rows: 1, cols: WIDTH }, bold: true, fill: "#F2F2F2" },
  ];
  // A static fill: conditional formats are not part of a write plan, so the engine's figures decide.
  [...perGroup, totals].forEach((p, i) => {
    if (p.variance < 0) formats.push({ range: { row: first + i, col: COL.variance, rows: 1, cols: 1 }, fill: OVER_FILL });
  });
  return { rows, formats, groupRows: groups.map((_, i) => first + i), totalsRow, totals };
}
