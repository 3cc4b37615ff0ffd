import { parseA1 } from "../../cellAddress";
import type { ParsedTable } from "../../schema/parsedSheet";
import type { BudgetFields } from "../../schema/sheets/budget";

export const AMOUNT_KEYS = ["budget", "committed", "actual"] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];

/** The budget lines of one category, as the review sums them. */
export interface BudgetGroup {
  /** The category as first written (spaces folded); null for the lines without one. */
  label: string | null;
  /**
   * The category exactly as its cells hold it, once per spelling Excel tells apart: a criterion
   * compares the whole cell, ignoring case, so "餐饮" and "餐饮 " are two spellings and "Catering"
   * and "catering" one.
   */
  spellings: string[];
  /** 0-based sheet rows of its lines, top to bottom. */
  rows: number[];
  /**
   * What SUM and SUMIFS give over its lines: only amounts stored as numbers count (text such as
   * "¥12,000" is skipped, as Excel skips it); NaN when one of them shows an error value, which
   * Excel passes on to the sum.
   */
  sums: Record<AmountKey, number>;
}

export interface AmountCell {
  key: AmountKey;
  /** A1 on the Budget sheet. */
  cell: string;
  /** What the cell shows. */
  raw: string;
}

export interface BudgetLines {
  /** Categories in order of first appearance; the lines without a category last. */
  groups: BudgetGroup[];
  /** Amounts typed as text: the check reads them, the formulas do not count them. */
  textAmounts: AmountCell[];
  /** Amount cells showing an error value (#N/A…): the sums over them show the error too. */
  errorAmounts: { key: AmountKey; cell: string }[];
}

function emptySums(): Record<AmountKey, number> {
  return { budget: 0, committed: 0, actual: 0 };
}

/** Amount cells the parser reported as showing an error, by "row:col". */
function errorCells(budget: ParsedTable<BudgetFields>): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of budget.findings) {
    if (f.id !== "parse.error-value" || f.sheet !== budget.sheet) continue;
    const at = parseA1(f.cell.split(":")[0]);
    if (at) out.set(`${at.row}:${at.col}`, f.cell);
  }
  return out;
}

export function budgetLines(budget: ParsedTable<BudgetFields>): BudgetLines {
  const named = new Map<string, BudgetGroup>();
  const spellingKeys = new Map<BudgetGroup, Set<string>>();
  const none: BudgetGroup = { label: null, spellings: [], rows: [], sums: emptySums() };
  const textAmounts: AmountCell[] = [];
  const errorAmounts: BudgetLines["errorAmounts"] = [];
  const errors = errorCells(budget);
  for (const rec of budget.records) {
    const category = rec.fields.category;
    let group = none;
    if (category) {
      const key = category.value.toLowerCase();
      group = named.get(key) ?? { label: category.value, spellings: [], rows: [], sums: emptySums() };
      if (!named.has(key)) {
        named.set(key, group);
        spellingKeys.set(group, new Set());
      }
      const spelling = typeof category.raw === "string" ? category.raw : category.value;
      const seen = spellingKeys.get(group)!;
      if (!seen.has(spelling.toLowerCase())) {
        seen.add(spelling.toLowerCase());
        group.spellings.push(spelling);
      }
    }
    group.rows.push(rec.row);
    for (const key of AMOUNT_KEYS) {
      const col = budget.columns.get(key)?.col;
      if (col === undefined) continue;
      const cell = rec.fields[key];
      const error = errors.get(`${rec.row}:${col}`);
      if (error) {
        errorAmounts.push({ key, cell: error });
        group.sums[key] = NaN;
      } else if (cell && typeof cell.raw === "number") {
        group.sums[key] += cell.raw;
      } else if (cell) {
        textAmounts.push({ key, cell: cell.address, raw: String(cell.raw) });
      }
    }
  }
  const groups = [...named.values()];
  if (none.rows.length > 0) groups.push(none);
  return { groups, textAmounts, errorAmounts };
}
