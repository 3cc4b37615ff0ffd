import type { ListValidation, SheetWrite } from "../../core/plan/writePlan";
import { helperRange, inlineList as inlineItems, placeLists } from "../../workbook/listSources";

export interface ListSource {
  /** formula1 of the validation: "\"Yes,No\"" inline, or a range on the same sheet "$M$2:$M$9". */
  formula: string;
  /** The hidden helper column holding the list, when it could not be inline. */
  helperCol?: number;
}

/** The inline form of a list as a file stores it (quoted), or undefined when it cannot be inline. */
export function inlineList(list: readonly string[]): string | undefined {
  const joined = inlineItems(list);
  return joined === undefined ? undefined : `"${joined}"`;
}

/** Where each list validation takes its items from (see placeLists), as validation formulas. */
export function planListSources(s: SheetWrite): { sheet: SheetWrite; sources: Map<ListValidation, ListSource> } {
  const { sheet, placements } = placeLists(s);
  const sources = new Map<ListValidation, ListSource>();
  for (const [v, p] of placements) {
    sources.set(v, "inline" in p ? { formula: `"${p.inline}"` } : { formula: helperRange(p), helperCol: p.helperCol });
  }
  return { sheet, sources };
}
