import type { OwnedKind } from "../core/plan/writePlan";
import { markerName } from "../workbook/ownership";
import type { WriteSession } from "./writeSession";

/**
 * Empties an add-in-owned sheet before it is written again: the tables the read saw on it, its
 * merged cells, contents, formats, hyperlinks, data validation, hidden helper columns, row
 * heights and frozen panes. Office.js does not say that clearing a range unmerges it, so the old
 * merges are taken away explicitly (Range.unmerge, ExcelApi 1.2) before any value of the new
 * write: the new merges then land on a sheet without any. Clearing leaves row heights as they
 * were, so every row goes back to the sheet's standard height (not a fixed 15 pt: the standard
 * follows the workbook's default font). Column widths stay (the plan sets the ones it cares
 * about). A table added by someone else since the read is not known (listing tables would take
 * a request of its own): its cells are cleared, the table object may stay.
 */
export function clearSheet(session: WriteSession, name: string): void {
  const sheet = session.sheet(name);
  for (const table of session.oldTables(name)) table.delete();
  const all = sheet.getRange();
  all.unmerge();
  all.dataValidation.clear();
  all.clear("Hyperlinks");
  all.clear("All");
  all.columnHidden = false;
  all.format.useStandardHeight = true;
  sheet.freezePanes.unfreeze();
}

/** The ownership marker: a workbook-scoped name pointing at the sheet's A1, its comment the stamp of what A1 holds. */
export function setMarker(session: WriteSession, name: string, owner: OwnedKind, state: "none" | "stale" | "current", stamp: string): void {
  const names = session.context.workbook.names;
  if (state === "current") {
    names.getItem(markerName(owner)).comment = stamp;
    return;
  }
  if (state === "stale") names.getItem(markerName(owner)).delete();
  names.add(markerName(owner), session.sheet(name).getRange("A1"), stamp);
}

export function freeze(session: WriteSession, name: string, rows: number, cols: number): void {
  const panes = session.sheet(name).freezePanes;
  if (rows > 0 && cols > 0) panes.freezeAt(session.sheet(name).getRangeByIndexes(0, 0, rows, cols));
  else if (rows > 0) panes.freezeRows(rows);
  else if (cols > 0) panes.freezeColumns(cols);
}
