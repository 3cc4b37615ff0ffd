import { columnLetters } from "../core/cellAddress";
import type { ListValidation, SheetWrite } from "../core/plan/writePlan";

/** Excel refuses a data-validation list typed inline ("a,b,c") longer than this. */
export const INLINE_LIST_LIMIT = 255;

/** Where a drop-down list takes its items from: typed inline, or a column of cells on its sheet. */
export type ListPlacement =
  | { inline: string }
  /** 0-based column and rows of the (hidden) helper column holding the items. */
  | { helperCol: number; firstRow: number; lastRow: number };

/**
 * The list as Excel takes it inline ("已确认,待确认"), or undefined when it cannot be: empty,
 * over 255 characters, an item that is empty, holds a comma (the separator) or a double quote,
 * or has spaces at either end (Excel trims around separators), or a list that would start with
 * "=" (the Office API would read it as a formula).
 */
export function inlineList(list: readonly string[]): string | undefined {
  if (list.length === 0) return undefined;
  if (list.some((item) => item === "" || /[,"]/.test(item) || item.trim() !== item)) return undefined;
  const joined = list.join(",");
  return joined.length <= INLINE_LIST_LIMIT && !joined.startsWith("=") ? joined : undefined;
}

/** "$G$4:$G$103": the helper column's cells, absolute, on the same sheet. */
export function helperRange(p: { helperCol: number; firstRow: number; lastRow: number }): string {
  const letters = columnLetters(p.helperCol);
  return `$${letters}$${p.firstRow + 1}:$${letters}$${p.lastRow + 1}`;
}

/** The rightmost column anything in this write touches (-1 for none). */
export function lastColumn(s: SheetWrite): number {
  let last = -1;
  const see = (col: number, cols: number) => (last = Math.max(last, col + cols - 1));
  const width = (rows: readonly (readonly unknown[])[]) => rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const b of s.values) see(b.col, width(b.values));
  for (const b of s.formulas ?? []) see(b.col, width(b.formulas));
  for (const f of s.formats ?? []) see(f.range.col, f.range.cols);
  for (const w of s.columnWidths ?? []) see(w.col, 1);
  for (const v of s.validations ?? []) see(v.range.col, v.range.cols);
  for (const l of s.links ?? []) see(l.col, 1);
  for (const t of s.tables ?? []) see(t.range.col, t.range.cols);
  // A merge reaching further than the cells (a title across the page) would swallow a helper list.
  for (const m of s.merges ?? []) see(m.col, m.cols);
  return last;
}

/**
 * Decides where each list validation of a sheet write takes its items from. A list that cannot
 * be inline is written as a column of cells to the right of everything else on the
 * (add-in-owned) sheet, one blank column apart, from the validated range's first row; each
 * adapter hides that column. Both adapters use this, so a plan gives the same sheet in Excel and
 * in a file. The returned sheet write carries the extra values; the map is keyed by the plan's
 * own validation objects; an empty list validates nothing and gets no placement.
 */
export function placeLists(s: SheetWrite): { sheet: SheetWrite; placements: Map<ListValidation, ListPlacement> } {
  const placements = new Map<ListValidation, ListPlacement>();
  const extra: SheetWrite["values"] = [];
  let helperCol = lastColumn(s) + 2;
  for (const v of s.validations ?? []) {
    if (v.list.length === 0) continue;
    const inline = inlineList(v.list);
    if (inline !== undefined) {
      placements.set(v, { inline });
      continue;
    }
    placements.set(v, { helperCol, firstRow: v.range.row, lastRow: v.range.row + v.list.length - 1 });
    extra.push({ row: v.range.row, col: helperCol, values: v.list.map((item) => [item]) });
    helperCol++;
  }
  return { sheet: extra.length ? { ...s, values: [...s.values, ...extra] } : s, placements };
}
