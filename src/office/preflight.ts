/** The workbook as it is right before a write (it may have changed since the plan was made). */
export interface WorkbookNow {
  sheetNames: string[];
  /** Defined names (ownership markers among them). */
  names: { name: string; formula: string }[];
  /** Table names by lower-case sheet name. */
  tables: Map<string, string[]>;
}

/**
 * One small request before anything is written: tab names, defined names and every table
 * with its sheet. It lets a write stop before touching the workbook when the plan no longer
 * fits it (a sheet to create exists), and find the tables an owned sheet held.
 */
export async function loadWorkbookNow(context: Excel.RequestContext): Promise<WorkbookNow> {
  const wb = context.workbook;
  const tabs = wb.worksheets.load("items/name");
  const names = wb.names.load("items/name,items/formula");
  const tables = wb.tables.load("items/name,items/worksheet/name");
  await context.sync();
  const bySheet = new Map<string, string[]>();
  for (const t of tables.items) {
    const key = t.worksheet.name.toLowerCase();
    bySheet.set(key, [...(bySheet.get(key) ?? []), t.name]);
  }
  return {
    sheetNames: tabs.items.map((s) => s.name),
    names: names.items.map((n) => ({ name: n.name, formula: n.formula })),
    tables: bySheet,
  };
}
