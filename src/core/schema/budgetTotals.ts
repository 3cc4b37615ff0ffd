import type { Finding } from "../finding";
import type { ParsedTable } from "./parsedSheet";
import { sheetProblem } from "./parseProblems";
import type { BudgetFields } from "./sheets/budget";
import type { ParsedRecord } from "./values";

type Line = ParsedRecord<BudgetFields>;

const AMOUNTS = ["budget", "committed", "actual"] as const;
/** A label that is a total's: 合计, 会议费小计, 总计, Total, Subtotal, Grand total. */
const TOTAL_LABEL = /^(?:.{0,12}(?:合计|小计|总计|共计)|(?:grand\s+)?(?:sub)?totals?(?:\s.{0,20})?|.{0,20}\s(?:sub)?totals?)$/i;

function amounts(r: Line): (number | undefined)[] {
  return AMOUNTS.map((k) => r.fields[k]?.value);
}

function labelled(r: Line): boolean {
  return [r.fields.category?.value, r.fields.item?.value].some((t) => t !== undefined && TOTAL_LABEL.test(t.trim()));
}

/**
 * The planner's own total rows are not budget lines: counted, they double every total. A row is a
 * total when its category or item says so (会议费小计, Total), or when it has no item and each of
 * its amounts is the sum of the lines above it since the previous total, all of its category (a
 * SUM row under a category). Both are left out, said once.
 */
export function dropTotalRows(budget: ParsedTable<BudgetFields>): Finding[] {
  if (!budget.sheet) return [];
  const kept: Line[] = [];
  const dropped: Line[] = [];
  // The lines since the previous total, kept as running sums (in the order a sum would add them)
  // and whether they share one category: a budget of 10,000 lines is one pass, not 10,000².
  let since = 0;
  let sums = AMOUNTS.map(() => 0);
  let sinceCategory: string | undefined;
  let oneCategory = true;
  const reset = () => {
    since = 0;
    sums = AMOUNTS.map(() => 0);
    oneCategory = true;
  };
  // A 合计 row the table reading already left out closes the lines above it, like any total.
  const skipped = budget.totalRows ?? [];
  let nextSkipped = 0;
  for (const r of budget.records) {
    if (nextSkipped < skipped.length && skipped[nextSkipped] < r.row) {
      while (nextSkipped < skipped.length && skipped[nextSkipped] < r.row) nextSkipped++;
      reset();
    }
    const mine = amounts(r);
    const category = r.fields.category?.value;
    const unnamed = !r.fields.item && (!category || since === 0 || (oneCategory && sinceCategory === category));
    const isSum = since >= 2 && mine.some((v) => v !== undefined) && mine.every((v, i) => v === undefined || Math.abs(v - sums[i]) < 0.005);
    if (labelled(r) || (unnamed && isSum)) {
      dropped.push(r);
      reset();
      continue;
    }
    kept.push(r);
    if (since === 0) sinceCategory = category;
    else if (category !== sinceCategory) oneCategory = false;
    mine.forEach((v, i) => (sums[i] += v ?? 0));
    since++;
  }
  if (dropped.length === 0) return [];
  budget.records = kept;
  const rows = dropped.map((r) => r.row + 1);
  const sheet = budget.sheet;
  const first = dropped[0];
  const cell = (first.fields.budget ??
    first.fields.actual ??
    first.fields.committed ??
    Object.values(first.fields).find((c) => c !== undefined))!.address;
  return [
    sheetProblem("parse.total-rows", "info", sheet, cell, {
      zh: `第 ${rows.join("、")} 行是合计或小计，不作为预算行计算（否则总数会重复）。`,
      en: `Row${rows.length > 1 ? "s" : ""} ${rows.join(", ")} ${rows.length > 1 ? "are totals" : "is a total"}, not budget lines; counting ${rows.length > 1 ? "them" : "it"} would double the sums.`,
    }),
  ];
}
