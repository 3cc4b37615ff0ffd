import { lastRow } from "../../schema/lastRow";
import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import type { FormatSpec, SheetWrite } from "../../plan/writePlan";
import type { ParsedKeyValue, ParsedTable } from "../../schema/parsedSheet";
import type { BudgetFields } from "../../schema/sheets/budget";
import type { EventFields } from "../../schema/sheets/event";
import { AMOUNT_KEYS, budgetLines, type AmountKey, type BudgetLines } from "./budgetGroups";
import { categoryTable } from "./categoryTable";
import { isContingency } from "./contingency";
import { moneyFormat } from "./currencyFormat";
import { findingsBeside } from "./findingsBeside";
import { BUDGET_REVIEW_SHEET_NAME, T } from "./labels";
import { lineArea, sumsByCriterion, type LineArea } from "./lineFormulas";
import { notesBlock } from "./notesBlock";
import { formulaResults, gridBlocks, v, type ReviewCell } from "./reviewGrid";
import { summaryBlock } from "./summaryBlock";

export interface BudgetReviewInput {
  target: OutputTarget;
  lang: Lang;
  budget: ParsedTable<BudgetFields>;
  event: ParsedKeyValue<EventFields>;
  /** Confirmed headcount (回执 已确认 on the Roster). */
  attendees: number;
  /** Days from the Event sheet's start to its end, both counted; undefined when not known. */
  meetingDays: number | undefined;
  /** Findings about the Budget sheet: shown beside the category whose line they are on, the rest below. */
  findings: readonly Finding[];
}

export interface BudgetReview {
  sheet: SheetWrite;
  /** Every formula written, with what the engine computed for it ("" shows nothing, NaN an error). */
  results: { row: number; col: number; formula: string; result: number | "" }[];
}

const HEADER_ROW = 5;
const NOTE_FORMAT = { italic: true, fontColor: "#595959" } as const;
const COLUMN_WIDTHS = [24, 14, 14, 14, 14, 14, 10, 60].map((width, col) => ({ col, width }));

/** The 预算审核 / Budget Review sheet as a write; formulas, so finance can audit every figure. */
export function budgetReviewSheet(input: BudgetReviewInput): SheetWrite {
  return budgetReview(input).sheet;
}

export function budgetReview(input: BudgetReviewInput): BudgetReview {
  const { lang, budget } = input;
  const name = input.event.fields.name?.value;
  const title = `${BUDGET_REVIEW_SHEET_NAME[lang]}${name ? ` — ${name}` : ""}`;
  if (!budget.sheet || budget.records.length === 0) {
    const message = budget.sheet ? T.noLines(budget.sheet)[lang] : T.noBudgetSheet[lang];
    return finish(input, [[v(title)], [v(message)]], [], []);
  }
  const sheet = budget.sheet;
  const lines = budgetLines(budget);
  const lastLine = lastRow(budget.records);
  const area = lineArea(sheet, budget.headerRow, lastLine, budget.columns.get("category")?.col);
  const amountCols: Partial<Record<AmountKey, number>> = {};
  for (const key of AMOUNT_KEYS) {
    const c = budget.columns.get(key);
    if (c) amountCols[key] = c.col;
  }
  const { beside, others } = findingsBeside(input.findings, budget.sheet, lines, lang);
  const money = moneyFormat(input.event.fields.currency?.value);

  const table = categoryTable({
    lang,
    groups: lines.groups,
    area,
    amountCols,
    beside,
    moneyFormat: money,
    headerRow: HEADER_ROW,
  });
  const summaryStart = table.totalsRow + 2;
  const summary = summaryBlock({
    lang,
    event: input.event,
    totalsRow: table.totalsRow,
    totals: table.totals,
    contingency: lines.groups.flatMap((g, i) =>
      g.label !== null && isContingency(g.label) ? [{ row: table.groupRows[i], label: g.label, budget: g.sums.budget }] : [],
    ),
    attendees: input.attendees,
    meetingDays: input.meetingDays,
    moneyFormat: money,
    startRow: summaryStart,
  });
  const notesStart = summaryStart + summary.rows.length + 1;
  const notes = notesBlock({
    lang,
    sheet,
    textAmounts: lines.textAmounts,
    errorAmounts: lines.errorAmounts,
    missing: missingColumns(budget, lang),
    others,
    startRow: notesStart,
  });

  const rows: ReviewCell[][] = [
    [v(title)],
    [v(T.formulasOver(sheet)[lang])],
    [v(T.definitions[lang])],
    [v(T.ranges(area.firstRow + 1, area.lastRow + 1, rangeMode(lines, area))[lang])],
    [],
  ];
  place(rows, HEADER_ROW, table.rows);
  place(rows, summaryStart, summary.rows);
  place(rows, notesStart, notes.rows);
  const formats: FormatSpec[] = [
    { range: { row: 1, col: 0, rows: 3, cols: 1 }, ...NOTE_FORMAT },
    ...table.formats,
    ...summary.formats,
    ...notes.formats,
  ];
  return finish(input, rows, formats, notes.links, { rows: HEADER_ROW + 1, cols: 1 });
}

function finish(
  input: BudgetReviewInput,
  rows: ReviewCell[][],
  formats: FormatSpec[],
  links: SheetWrite["links"],
  freeze?: SheetWrite["freeze"],
): BudgetReview {
  const { values, formulas } = gridBlocks(rows);
  const sheet: SheetWrite = {
    ...input.target,
    values,
    formulas,
    formats: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true, fontSize: 14 }, ...formats],
    columnWidths: COLUMN_WIDTHS,
    links,
    freeze,
  };
  return { sheet, results: formulaResults(rows) };
}

function place(rows: ReviewCell[][], at: number, part: readonly ReviewCell[][]): void {
  while (rows.length < at) rows.push([]);
  part.forEach((r, i) => (rows[at + i] = r));
}

function rangeMode(lines: BudgetLines, area: LineArea): "criteria" | "mixed" | "lines" {
  const byCriterion = lines.groups.filter((g) => sumsByCriterion(g, area)).length;
  return byCriterion === lines.groups.length ? "criteria" : byCriterion === 0 ? "lines" : "mixed";
}

function missingColumns(budget: ParsedTable<BudgetFields>, lang: Lang): string[] {
  const out: string[] = [];
  if (!budget.columns.has("category")) out.push(T.noCategoryColumn[lang]);
  for (const key of ["committed", "actual"] as const) {
    if (budget.columns.has(key)) continue;
    const def = budget.def.columns.find((c) => c.key === key)!;
    out.push(T.missingColumn(def)[lang]);
  }
  return out;
}
