import type { ListValidation, SheetWrite } from "../core/plan/writePlan";
import { helperRange, placeLists } from "../workbook/listSources";

export interface ListSource {
  /** "已确认,待确认" or a range on the same sheet, "=$M$2:$M$120". */
  source: string;
  /** The hidden column holding the list, when it could not be given inline. */
  helperCol?: number;
}

/** Where each list validation takes its items from (see placeLists), as Office's list sources. */
export function planListSources(s: SheetWrite): { sheet: SheetWrite; sources: Map<ListValidation, ListSource> } {
  const { sheet, placements } = placeLists(s);
  const sources = new Map<ListValidation, ListSource>();
  for (const [v, p] of placements) {
    sources.set(v, "inline" in p ? { source: p.inline } : { source: `=${helperRange(p)}`, helperCol: p.helperCol });
  }
  return { sheet, sources };
}
