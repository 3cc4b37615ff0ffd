import type { ListValidation } from "../core/plan/writePlan";
import type { ListSource } from "./listSources";

/** What the operations of one apply share across its requests. */
export class WriteSession {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  private readonly tables = new Map<string, Excel.Table[]>();

  constructor(
    readonly context: Excel.RequestContext,
    readonly listSources: ReadonlyMap<ListValidation, ListSource>,
    /** Names of the tables the read saw on a sheet. */
    private readonly tablesSeen: (sheet: string) => readonly string[] = () => [],
    /** Whether the host takes print settings (ExcelApi 1.9). */
    readonly pageSetup = false,
    /** Whether the host shows checkbox cells (ExcelApi 1.18). */
    readonly checkboxes = false,
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

  /** Proxies for the tables the read saw on a sheet; getting them fails the request if one is gone. */
  oldTables(name: string): Excel.Table[] {
    const key = name.toLowerCase();
    let t = this.tables.get(key);
    if (!t) {
      const sheet = this.sheet(name);
      t = this.tablesSeen(name).map((table) => sheet.tables.getItem(table));
      this.tables.set(key, t);
    }
    return t;
  }
}
