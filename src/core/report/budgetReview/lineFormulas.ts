import { columnLetters } from "../../cellAddress";
import type { BudgetGroup } from "./budgetGroups";

/** Where the budget lines are: the Budget sheet's name and the rows the category sums look at. */
export interface LineArea {
  sheet: string;
  /** 0-based column of 类别, absent when the sheet has none. */
  categoryCol?: number;
  /** 0-based rows, inclusive: from the first row under the header to the last line plus ROOM_BELOW. */
  firstRow: number;
  lastRow: number;
}

/** Rows below the last line that the category sums still cover, so lines added there are counted. */
export const ROOM_BELOW = 500;
const LAST_EXCEL_ROW = 1_048_575;

/** A category name longer than this cannot be a criterion (Excel limits a text in a formula to 255 characters). */
const MAX_CRITERION = 250;
/** References per SUM (Excel takes 255 arguments); beyond MAX_REFS the lines are summed by criterion. */
const REFS_PER_SUM = 50;
const MAX_REFS = 100;

export function lineArea(sheet: string, headerRow: number, lastLineRow: number, categoryCol?: number): LineArea {
  return { sheet, categoryCol, firstRow: headerRow + 1, lastRow: Math.min(lastLineRow + ROOM_BELOW, LAST_EXCEL_ROW) };
}

/** Always quoted: a sheet named like a cell ("A1", "R1C1") or a function must be quoted too. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A text in a formula: "He said ""hi""". */
export function textLiteral(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function columnRange(area: LineArea, col: number, from = area.firstRow, to = area.lastRow): string {
  const c = columnLetters(col);
  return `${sheetRef(area.sheet)}!$${c}$${from + 1}:$${c}$${to + 1}`;
}

const MONTHS =
  /january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec/g;

/**
 * Whether Excel could read the text as a number, date, time or TRUE/FALSE ("2026", "12/10",
 * "10 Dec", "9:30", "2026年12月"): a criterion would then compare it as that value. What is left
 * after taking away month names, CJK date words, am/pm and number punctuation must be digits.
 */
function readsAsValue(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === "true" || t === "false") return true;
  if (!/\d/.test(t)) return false;
  const rest = t.replace(MONTHS, "").replace(/[年月日时分秒号]|\b[ap]\.?m\.?\b/g, "");
  return /^[\d\s.,:/\-+%$¥£€()e]*$/.test(rest);
}

/**
 * The criterion that matches exactly this category: "=" first, so a name starting with "=", "<"
 * or ">" is compared and not taken as an operator; * ? ~ escaped, so they are not wildcards;
 * quotes doubled inside the formula's text. Undefined when the name could be read as a value.
 */
export function categoryCriterion(spelling: string): string | undefined {
  if (readsAsValue(spelling)) return undefined;
  const text = `=${spelling.replace(/[~*?]/g, "~$&")}`;
  return text.length <= MAX_CRITERION ? textLiteral(text) : undefined;
}

/**
 * Whether the group's sums go by criterion (SUMIFS over the whole line area, so lines added later
 * count) or by reference to its own lines (the lines without a category, whose criterion "" would
 * also match total rows and blank rows, and names a criterion cannot match exactly).
 */
export function sumsByCriterion(group: BudgetGroup, area: LineArea): boolean {
  return group.label !== null && area.categoryCol !== undefined && group.spellings.every((s) => categoryCriterion(s) !== undefined);
}

/** Consecutive rows as [first, last] runs. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

function byReference(group: BudgetGroup, col: number, area: LineArea): string {
  const refs = runs(group.rows).map(([a, b]) => {
    const c = columnLetters(col);
    return a === b ? `${sheetRef(area.sheet)}!$${c}$${a + 1}` : columnRange(area, col, a, b);
  });
  const sums: string[] = [];
  for (let i = 0; i < refs.length; i += REFS_PER_SUM) sums.push(`SUM(${refs.slice(i, i + REFS_PER_SUM).join(",")})`);
  return `=${sums.join("+")}`;
}

/** The formula for one amount column of one category. */
export function groupSumFormula(group: BudgetGroup, amountCol: number, area: LineArea): string {
  const amounts = columnRange(area, amountCol);
  if (sumsByCriterion(group, area)) {
    const categories = columnRange(area, area.categoryCol!);
    return `=${group.spellings.map((s) => `SUMIFS(${amounts},${categories},${categoryCriterion(s)!})`).join("+")}`;
  }
  if (runs(group.rows).length <= MAX_REFS) return byReference(group, amountCol, area);
  // Scattered lines: a criterion keeps the formula within Excel's length limit.
  if (area.categoryCol === undefined) return `=SUM(${amounts})`;
  const categories = columnRange(area, area.categoryCol);
  const criteria = group.label === null ? ['""'] : group.spellings.map((s) => textLiteral(`=${s.replace(/[~*?]/g, "~$&")}`));
  return `=${criteria.map((c) => `SUMIFS(${amounts},${categories},${c})`).join("+")}`;
}
