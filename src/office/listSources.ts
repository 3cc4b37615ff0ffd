import { columnLetters } from "../core/cellAddress";
import type { ListValidation, SheetWrite } from "../core/plan/writePlan";

/** Excel refuses a data-validation list typed inline ("a,b,c") longer than this. */
export const LIST_SOURCE_LIMIT = 255;

export interface ListSource {
  /** "已确认,待确认" or a range on the same sheet, "=$M$2:$M$120". */
  source: string;
  /** The hidden column holding the list, when it could not be given inline. */
  helperCol?: number;
}

/** The inline source for a list, or undefined when Excel could not take it inline. */
export function inlineListSource(list: readonly string[]): string | undefined {
  if (list.length === 0) return undefined;
  // Commas separate items, Excel trims around them and reads quotes as quoting: such items
  // cannot be written inline.
  if (list.some((item) => item === "" || /[,"]/.test(item) || item.trim() !== item)) return undefined;
  const source = list.join(",");
  return source.length <= LIST_SOURCE_LIMIT && !source.startsWith("=") ? source : undefined;
}

/** The rightmost column anything in this write touches. */
function lastColumn(s: SheetWrite): number {
  let last = -1;
  const see = (col: number, cols: number) => (last = Math.max(last, col + cols - 1));
  for (const b of s.values)
    see(
      b.col,
      b.values.reduce((w, r) => Math.max(w, r.length), 0),
    );
  for (const b of s.formulas ?? [])
    see(
      b.col,
      b.formulas.reduce((w, r) => Math.max(w, r.length), 0),
    );
  for (const f of s.formats ?? []) see(f.range.col, f.range.cols);
  for (const w of s.columnWidths ?? []) see(w.col, 1);
  for (const v of s.validations ?? []) see(v.range.col, v.range.cols);
  for (const l of s.links ?? []) see(l.col, 1);
  for (const t of s.tables ?? []) see(t.range.col, t.range.cols);
  return last;
}

/**
 * Decides each list validation's source. A list that cannot be inline (over 255 characters,
 * or with commas in an item) is written as a column of cells to the right of everything else
 * on the (add-in-owned) sheet, one blank column apart, starting on the validated range's first
 * row; that column is hidden when the validation is applied. The returned sheet carries the
 * extra values; the map is keyed by the plan's own validation objects.
 */
export function planListSources(s: SheetWrite): { sheet: SheetWrite; sources: Map<ListValidation, ListSource> } {
  const sources = new Map<ListValidation, ListSource>();
  const extra: SheetWrite["values"] = [];
  let helperCol = lastColumn(s) + 2;
  for (const v of s.validations ?? []) {
    if (v.list.length === 0) continue;
    const inline = inlineListSource(v.list);
    if (inline !== undefined) {
      sources.set(v, { source: inline });
      continue;
    }
    const letters = columnLetters(helperCol);
    const first = v.range.row + 1;
    sources.set(v, { source: `=$${letters}$${first}:$${letters}$${first + v.list.length - 1}`, helperCol });
    extra.push({ row: v.range.row, col: helperCol, values: v.list.map((item) => [item]) });
    helperCol++;
  }
  return { sheet: extra.length ? { ...s, values: [...s.values, ...extra] } : s, sources };
}
