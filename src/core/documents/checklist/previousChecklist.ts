import { isBlank, type CellValue } from "../../cellValue";
import { findHeaderRow } from "../../schema/headerMatch";
import { cellText } from "../../schema/normalize/cellText";
import type { SheetSnapshot } from "../../../workbook/gateway";
import type { RowMatch } from "../keptWork";
import { CHECKLIST_COLUMNS, COLUMN_INDEX, type ChecklistColumn } from "./labels";

/**
 * One table row of the checklist as the planner left it (values as Excel shows them), with the
 * values of the columns the planner added to the table, in the order of `extraColumns`.
 */
export type PreviousRow = Record<ChecklistColumn, CellValue> & { extra?: CellValue[] };

/** A sheet with fewer of the checklist's headers than this is not (any more) a checklist table. */
const MIN_HEADERS = 3;

/**
 * The table rows of the previous checklist, top to bottom, by header (so a column the planner
 * moved is still found). Title and note rows above the header are not rows; blank rows are
 * skipped. A sheet without a recognisable header gives no rows.
 */
export function readPreviousChecklist(snapshot: SheetSnapshot | undefined): PreviousRow[] {
  const table = tableOf(snapshot);
  if (!table) return [];
  const { header, extras } = table;
  const rows: PreviousRow[] = [];
  for (const values of snapshot!.values.slice(header.index + 1)) {
    const row = {} as PreviousRow;
    for (const c of CHECKLIST_COLUMNS) {
      const at = header.columns.get(c.key);
      row[c.key] = at === undefined ? "" : (values[at] ?? "");
    }
    if (extras.length) row.extra = extras.map((e) => values[e.at] ?? "");
    if (CHECKLIST_COLUMNS.every((c) => isBlank(row[c.key])) && (row.extra ?? []).every(isBlank)) continue;
    rows.push(row);
  }
  return rows;
}

/** Headers of the columns the planner added to the checklist table, left to right: they are kept. */
export function extraColumns(snapshot: SheetSnapshot | undefined): string[] {
  return tableOf(snapshot)?.extras.map((e) => e.header) ?? [];
}

function tableOf(snapshot: SheetSnapshot | undefined) {
  if (!snapshot) return undefined;
  const header = findHeaderRow(snapshot.values, CHECKLIST_COLUMNS);
  if (!header || header.columns.size < MIN_HEADERS || !header.columns.has("id")) return undefined;
  const known = new Set(header.columns.values());
  const extras = (snapshot.values[header.index] ?? []).flatMap((v, at) =>
    known.has(at) || isBlank(v) ? [] : [{ header: cellText(v), at }],
  );
  return { header, extras };
}

/** Columns a planner's own row (no 编号) is told apart by; status and dates are rewritten by a re-run. */
const ROW_KEY: readonly ChecklistColumn[] = ["step", "group", "owner", "notes"];

/**
 * How the previous checklist's rows are found in the new one (see keptWork): a step by its 编号,
 * a planner's row by its text; columns by header, the planner's own columns in their new place.
 */
export function checklistRowMatch(snapshot: SheetSnapshot | undefined): RowMatch | undefined {
  const table = tableOf(snapshot);
  if (!table) return undefined;
  const left = snapshot!.left;
  const prevAt = (k: ChecklistColumn) => {
    const at = table.header.columns.get(k);
    return at === undefined ? -1 : at + left;
  };
  const newCol = new Map<number, number>();
  for (const c of CHECKLIST_COLUMNS) if (prevAt(c.key) >= 0) newCol.set(prevAt(c.key), COLUMN_INDEX[c.key]);
  table.extras.forEach((e, i) => newCol.set(e.at + left, CHECKLIST_COLUMNS.length + i));
  const key = (cell: (col: number) => CellValue, at: (k: ChecklistColumn) => number) => {
    const id = at("id") >= 0 ? cellText(cell(at("id"))) : "";
    if (id) return `id:${id}`;
    const text = ROW_KEY.map((k) => (at(k) >= 0 ? cellText(cell(at(k))) : ""));
    return text.every((t) => t === "") ? "" : `row:${JSON.stringify(text)}`;
  };
  return {
    previousKey: (cell) => key(cell, prevAt),
    newKey: (cell) => key(cell, (k) => COLUMN_INDEX[k]),
    columnOf: (col) => newCol.get(col),
  };
}
