import { isBlank, type CellValue } from "../../cellValue";
import { findHeaderRow } from "../../schema/headerMatch";
import type { SheetSnapshot } from "../../../workbook/gateway";
import { CHECKLIST_COLUMNS, type ChecklistColumn } from "./labels";

/** One table row of the checklist as the planner left it (values as Excel shows them). */
export type PreviousRow = Record<ChecklistColumn, CellValue>;

/** A sheet with fewer of the checklist's headers than this is not (any more) a checklist table. */
const MIN_HEADERS = 3;

/**
 * The table rows of the previous checklist, top to bottom, by header (so a column the planner
 * moved is still found). Title and note rows above the header are not rows; blank rows are
 * skipped. A sheet without a recognisable header gives no rows.
 */
export function readPreviousChecklist(snapshot: SheetSnapshot | undefined): PreviousRow[] {
  if (!snapshot) return [];
  const header = findHeaderRow(snapshot.values, CHECKLIST_COLUMNS);
  if (!header || header.columns.size < MIN_HEADERS || !header.columns.has("id")) return [];
  const rows: PreviousRow[] = [];
  for (const values of snapshot.values.slice(header.index + 1)) {
    const row = {} as PreviousRow;
    for (const c of CHECKLIST_COLUMNS) {
      const at = header.columns.get(c.key);
      row[c.key] = at === undefined ? "" : (values[at] ?? "");
    }
    if (CHECKLIST_COLUMNS.every((c) => isBlank(row[c.key]))) continue;
    rows.push(row);
  }
  return rows;
}
