import type { Bilingual } from "../../i18n";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import type { ParsedTable } from "../../schema/parsedSheet";
import type { BudgetFields } from "../../schema/sheets";
import type { ParsedRecord } from "../../schema/values";
import { matchCategory, type BudgetCategory } from "../../schema/budgetCategories";
import { currencyPrefix, toCents } from "./money";

/** One row of the budget sheet with its amounts in cents (absent when the cell is empty). */
export interface BudgetLine {
  record: ParsedRecord<BudgetFields>;
  category: BudgetCategory | undefined;
  budget?: number;
  committed?: number;
  actual?: number;
  /** How the line is named in messages: its category and item as the planner typed them. */
  label: Bilingual;
}

function cents(v: number | undefined): number | undefined {
  return v === undefined ? undefined : toCents(v);
}

function lineLabel(r: ParsedRecord<BudgetFields>): Bilingual {
  const category = r.fields.category?.value;
  const item = r.fields.item?.value;
  if (category && item && category !== item) return { zh: `${category}“${item}”`, en: `${category} “${item}”` };
  const name = category ?? item;
  return name ? { zh: name, en: name } : { zh: `第${r.row + 1}行`, en: `Row ${r.row + 1}` };
}

const cache = new WeakMap<ParsedTable<BudgetFields>, BudgetLine[]>();

/** The budget lines, read once per parsed workbook and shared by every budget rule. */
export function budgetLines(table: ParsedTable<BudgetFields>): BudgetLine[] {
  const hit = cache.get(table);
  if (hit) return hit;
  const lines = table.records.map((record) => {
    const f = record.fields;
    return {
      record,
      // A line without a recognised category may still say what it is in its item ("不可预计费用").
      category: matchCategory(f.category?.value) ?? matchCategory(f.item?.value),
      budget: cents(f.budget?.value),
      committed: cents(f.committed?.value),
      actual: cents(f.actual?.value),
      label: lineLabel(record),
    };
  });
  cache.set(table, lines);
  return lines;
}

/** The larger of actual and committed: what the line costs at least, once money is spent or promised. */
export function spentOrCommitted(line: BudgetLine): number | undefined {
  if (line.actual === undefined) return line.committed;
  if (line.committed === undefined) return line.actual;
  return Math.max(line.actual, line.committed);
}

/**
 * What the meeting will cost on today's figures (the out-turn), in cents: per line the larger of
 * actual and committed once either is entered (a contract below budget is a real saving), else
 * the line's budget (it will still be spent). The contingency is a reserve for overruns that the
 * other lines already count, so only what is actually committed or spent against it is added.
 */
export function outturn(lines: readonly BudgetLine[]): number {
  let sum = 0;
  for (const l of lines) {
    const spent = spentOrCommitted(l);
    sum += spent ?? (l.category === "contingency" ? 0 : (l.budget ?? 0));
  }
  return sum;
}

/** The sum of the line budgets, contingency included, in cents. */
export function plannedTotal(lines: readonly BudgetLine[]): number {
  return lines.reduce((s, l) => s + (l.budget ?? 0), 0);
}

/** How this workbook writes amounts: "¥", "£", "USD " or nothing. */
export function moneyPrefix(wb: ParsedWorkbook): string {
  return currencyPrefix(wb.event.fields.currency?.value);
}
