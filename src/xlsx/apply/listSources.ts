import { columnLetters } from "../../core/cellAddress";
import type { ListValidation, SheetWrite } from "../../core/plan/writePlan";

/** Excel refuses a list typed inline ("a,b,c") longer than this. */
export const INLINE_LIST_LIMIT = 255;

export interface ListSource {
  /** formula1 of the validation: "\"Yes,No\"" inline, or a range on the same sheet "$M$2:$M$9". */
  formula: string;
  /** The hidden helper column holding the list, when it could not be inline. */
  helperCol?: number;
}

/**
 * The inline form of a list, or undefined when Excel could not take it inline: over 255
 * characters, or an item that is empty, has a comma (the separator), a double quote, or
 * spaces at either end (Excel trims around separators).
 */
export function inlineList(list: readonly string[]): string | undefined {
  if (list.length === 0) return undefined;
  if (list.some((item) => item === "" || /[,"]/.test(item) || item.trim() !== item)) return undefined;
  const joined = list.join(",");
  return joined.length <= INLINE_LIST_LIMIT ? `"${joined}"` : undefined;
}

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
 * Where each list validation takes its items from. A list that cannot be inline is written
 * as a column of cells to the right of everything else on the (add-in-owned) sheet, one blank
 * column apart, from the validated range's first row, and that column is hidden — the same
 * place the Office adapter uses, so both produce the same sheet. The returned sheet write
 * carries those extra values; an empty list validates nothing and gets no source.
 */
export function planListSources(s: SheetWrite): { sheet: SheetWrite; sources: Map<ListValidation, ListSource> } {
  const sources = new Map<ListValidation, ListSource>();
  const extra: SheetWrite["values"] = [];
  let helperCol = lastColumn(s) + 2;
  for (const v of s.validations ?? []) {
    if (v.list.length === 0) continue;
    const inline = inlineList(v.list);
    if (inline !== undefined) {
      sources.set(v, { formula: inline });
      continue;
    }
    const letters = columnLetters(helperCol);
    const first = v.range.row + 1;
    sources.set(v, { formula: `$${letters}$${first}:$${letters}$${first + v.list.length - 1}`, helperCol });
    extra.push({ row: v.range.row, col: helperCol, values: v.list.map((item) => [item]) });
    helperCol++;
  }
  return { sheet: extra.length ? { ...s, values: [...s.values, ...extra] } : s, sources };
}
