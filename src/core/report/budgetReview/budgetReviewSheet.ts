import type { CellValue } from "../../cellValue";
import { gridRowHeights, trailingTextMerges } from "../../plan/gridLayout";
import { lastRow } from "../../schema/lastRow";
import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import type { FormatSpec, SheetWrite } from "../../plan/writePlan";
import type { ParsedKeyValue, ParsedTable } from "../../schema/parsedSheet";
import type { BudgetFields } from "../../schema/sheets/budget";
import type { EventFields } from "../../schema/sheets/event";
import { budgetLines, type BudgetLines } from "./budgetGroups";
import { amountColumns } from "./budgetFigures";
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
/** About 138 characters in all: what a landscape A4 page holds between 15 mm margins at 100 %. */
const WIDTHS = [26, 13, 13, 13, 13, 13, 10, 37];
const COLUMN_WIDTHS = WIDTHS.map((width, col) => ({ col, width }));
/** The category names and the findings beside them wrap in their columns. */
const WRAPPED_COLS = new Set([0, WIDTHS.length - 1]);
const TITLE = { fontSize: 14, bold: true } as const;

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
  const amountCols = amountColumns(budget);
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
  // Formulas count as figures (never text) for the layout.
  const grid: CellValue[][] = rows.map((r) => r.map((c) => ("formula" in c ? 0 : c.value)));
  const merges = trailingTextMerges(grid, WIDTHS.length);
  const spans = new Set(merges.map((m) => `${m.row}:${m.col}`));
  const rowHeights = gridRowHeights(grid, WIDTHS, merges, (row, col) =>
    row === 0 ? TITLE : { bold: col === 0, wrap: row > 0 && (spans.has(`${row}:${col}`) || WRAPPED_COLS.has(col)) },
  );
  const sheet: SheetWrite = {
    ...input.target,
    values,
    formulas,
    formats: [
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, ...TITLE },
      ...formats,
      ...merges.filter((m) => m.row > 0).map((range) => ({ range, wrap: true, vertical: "top" as const })),
      ...[...WRAPPED_COLS].map((col) => ({
        range: { row: HEADER_ROW, col, rows: Math.max(0, rows.length - HEADER_ROW), cols: 1 },
        wrap: true,
      })),
    ],
    merges,
    columnWidths: COLUMN_WIDTHS,
    rowHeights,
    links,
    freeze,
    // No repeated header: the table fits a page, and above the summary it would mislabel it.
    page: { orientation: "landscape", fitToWidth: true },
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
