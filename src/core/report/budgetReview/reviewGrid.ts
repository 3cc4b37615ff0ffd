import type { CellValue } from "../../cellValue";
import type { FormatSpec, FormulaBlock, ValueBlock } from "../../plan/writePlan";

/**
 * A cell of the review: a value, or a formula with what the engine computes for it — the number
 * a spreadsheet must show once it has calculated ("" for a formula that shows nothing, NaN for
 * one that shows an error).
 */
export type ReviewCell = { value: CellValue } | FormulaCell;
export interface FormulaCell {
  formula: string;
  result: number | "";
}

export interface ReviewPart {
  /** Rows of cells from the part's first row; a row may be shorter than the sheet is wide. */
  rows: ReviewCell[][];
  formats: FormatSpec[];
}

export function v(value: CellValue): ReviewCell {
  return { value };
}

export function f(formula: string, result: number | ""): ReviewCell {
  return { formula, result };
}

function isFormula(c: ReviewCell): c is FormulaCell {
  return "formula" in c;
}

/**
 * The grid as value and formula blocks that never overlap (a formula block's "" would clear a
 * value under it): the runs of one kind in each row, merged downwards while the row below has a
 * run of the same kind, column and width.
 */
export function gridBlocks(rows: readonly ReviewCell[][]): { values: ValueBlock[]; formulas: FormulaBlock[] } {
  const values: ValueBlock[] = [];
  const formulas: FormulaBlock[] = [];
  const open = new Map<string, { lastRow: number; cells: ReviewCell[][] }>();
  const blocks: { row: number; col: number; formula: boolean; cells: ReviewCell[][] }[] = [];
  rows.forEach((row, r) => {
    for (let c = 0; c < row.length;) {
      const formula = isFormula(row[c]);
      let end = c + 1;
      while (end < row.length && isFormula(row[end]) === formula) end++;
      const key = `${formula}:${c}:${end - c}`;
      const prev = open.get(key);
      if (prev && prev.lastRow === r - 1) {
        prev.cells.push(row.slice(c, end));
        prev.lastRow = r;
      } else {
        const block = { row: r, col: c, formula, cells: [row.slice(c, end)] };
        blocks.push(block);
        open.set(key, { lastRow: r, cells: block.cells });
      }
      c = end;
    }
  });
  for (const b of blocks) {
    if (b.formula) formulas.push({ row: b.row, col: b.col, formulas: b.cells.map((r) => r.map((c) => (c as FormulaCell).formula)) });
    else values.push({ row: b.row, col: b.col, values: b.cells.map((r) => r.map((c) => (c as { value: CellValue }).value)) });
  }
  return { values, formulas };
}

/** Every formula cell with the engine's result, by 0-based position. */
export function formulaResults(rows: readonly ReviewCell[][]): ({ row: number; col: number } & FormulaCell)[] {
  return rows.flatMap((row, r) => row.flatMap((c, col) => (isFormula(c) ? [{ row: r, col, formula: c.formula, result: c.result }] : [])));
}
