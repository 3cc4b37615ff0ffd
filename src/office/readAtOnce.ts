import type { CellValue } from "../core/cellValue";
import type { ReadOptions, SheetSnapshot, WorkbookSnapshot } from "../workbook/gateway";
import { formulaWork, keepsWork } from "./cellWork";
import { distinctNames, findSheetName, loadMarkedCells, ownedSheetsFromNames, type MarkerProbe } from "./ownedSheets";
import { loadTables, type SeenTable } from "./tablesSeen";

/** A read: the snapshot, and the workbook's tables for a later write (see TablesSeen). */
export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  tables: SeenTable[];
}

/** Excel gave no values for a sheet's used range (it does past 5,000,000 cells). */
export class ValuesWithheld extends Error {
  constructor(readonly sheet: string) {
    super(`Excel returned no values for the used range of ${sheet}.`);
  }
}

/**
 * The normal read: tab names, defined names, tables and the used-range values of every
 * requested sheet, all in ONE context.sync. No number formats or text (they would multiply the
 * response). Throws the payload error unchanged when the response would pass 5 MB.
 */
export async function readAtOnce(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  /** Which markers to follow to their cell: all (a host that returns null objects), or these. */
  markers: MarkerProbe = "all",
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  const wb = context.workbook;
  const tabs = wb.worksheets.load("items/name");
  const names = wb.names.load("items/name,items/formula,items/comment");
  const markedCells = loadMarkedCells(wb, markers === "all" ? undefined : markers);
  const tables = loadTables(wb);
  const used = distinctNames(sheetNames).map((name) => {
    // A missing sheet gives a null object, and so does its used range: no exception, no extra sync.
    const range = wb.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
    const work = keepsWork(options.keepWork, name);
    range.load(work ? "values,rowIndex,columnIndex,formulas" : "values,rowIndex,columnIndex");
    return { name, range, work };
  });
  await context.sync();

  const tabNames = tabs.items.map((s) => s.name);
  const sheets: SheetSnapshot[] = [];
  for (const { name, range, work } of used) {
    const actual = findSheetName(tabNames, name);
    if (actual === undefined) continue;
    // Past 5,000,000 cells Excel answers values: null: that sheet is read in blocks instead.
    if (!range.isNullObject && range.values === null) throw new ValuesWithheld(actual);
    if (range.isNullObject) sheets.push({ name: actual, top: 0, left: 0, values: [] });
    else
      sheets.push({
        name: actual,
        top: range.rowIndex,
        left: range.columnIndex,
        values: range.values as CellValue[][],
        ...(work ? { work: formulaWork(range.formulas) } : {}),
      });
  }
  const owned = ownedSheetsFromNames(
    names.items.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment })),
    tabNames,
    markedCells(),
  );
  return { snapshot: { sheetNames: tabNames, sheets, owned }, tables: tables() };
}
