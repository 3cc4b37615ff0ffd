import type { ListValidation } from "../core/plan/writePlan";
import type { ListSource } from "./listSources";

/** What the operations of one apply share across its requests. */
export class WriteSession {
  private readonly sheets = new Map<string, Excel.Worksheet>();

  constructor(
    readonly context: Excel.RequestContext,
    /** Tables found on sheets about to be replaced, by lower-case sheet name. */
    readonly oldTables: ReadonlyMap<string, readonly string[]>,
    readonly listSources: ReadonlyMap<ListValidation, ListSource>,
  ) {}

  /** One proxy per sheet for the whole apply (proxies stay valid across syncs of a run). */
  sheet(name: string): Excel.Worksheet {
    const key = name.toLowerCase();
    let s = this.sheets.get(key);
    if (!s) {
      s = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(key, s);
    }
    return s;
  }

  addSheet(name: string): Excel.Worksheet {
    const s = this.context.workbook.worksheets.add(name);
    this.sheets.set(name.toLowerCase(), s);
    return s;
  }
}
