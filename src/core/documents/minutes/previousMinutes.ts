import { isBlank, type CellValue } from "../../cellValue";
import { foldKey } from "../../schema/normalize/text";
import { cellText } from "../../schema/normalize/cellText";
import type { RowMatch } from "../keptWork";
import type { SheetSnapshot } from "../../../workbook/gateway";
import { actionNumbers, findActionTable, numberOf } from "./actionTable";
import { gridOf, rowCells, type Grid } from "./grid";
import { SHEET_NOTE, type FieldKey } from "./labels";
import { COPY_COL, PRINT_COLS, VALUE_COL } from "./layout";
import { nextSection, scanMinutes } from "./sheetScan";

/** A prefilled cell as the recorder left it, beside the copy of what was generated for it. */
export interface PreviousField {
  value: CellValue;
  copy: CellValue;
  /** Columns C–E of the field's row: free for the recorder's notes. */
  rest: CellValue[];
}

/** What of the previous minutes sheet a re-run carries over. */
export interface PreviousMinutes {
  title?: PreviousField;
  fields: Map<FieldKey, PreviousField>;
  /** Rows the recorder added among the fields (columns A–E), by the field they follow ("" = above the first). */
  addedRows: Map<FieldKey | "", CellValue[][]>;
  discussion: CellValue[][];
  decisions: CellValue[][];
  /** Action rows in canonical column order, 序号 filled in where `actionNumbers` gives one. */
  actions: CellValue[][];
}

const NOTES = new Set([SHEET_NOTE.zh, SHEET_NOTE.en].map(foldKey));
const isNote = (v: CellValue) => typeof v === "string" && NOTES.has(foldKey(v));
const blankRow = (cells: readonly CellValue[]) => cells.every((v) => isBlank(v));

function field(g: Grid, row: number): PreviousField {
  return { value: g.cell(row, VALUE_COL), copy: g.cell(row, COPY_COL), rest: rowCells(g, row, VALUE_COL + 1, PRINT_COLS) };
}

/** Rows under a heading up to the next section, trailing empty rows dropped. */
function body(g: Grid, heading: number, end: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = heading + 1; r < end; r++) rows.push(rowCells(g, r, 0, PRINT_COLS));
  while (rows.length > 0 && blankRow(rows[rows.length - 1])) rows.pop();
  return rows;
}

export function readPreviousMinutes(snapshot: SheetSnapshot | undefined): PreviousMinutes {
  const prev: PreviousMinutes = { fields: new Map(), addedRows: new Map(), discussion: [], decisions: [], actions: [] };
  if (!snapshot) return prev;
  const g = gridOf(snapshot);
  const scan = scanMinutes(g);
  if (scan.titleRow >= 0) prev.title = { value: g.cell(scan.titleRow, 0), copy: g.cell(scan.titleRow, COPY_COL), rest: [] };
  const fieldAt = new Map([...scan.fields].map(([k, r]) => [r, k]));
  let after: FieldKey | "" = "";
  for (let r = 0; r < scan.fieldsEnd; r++) {
    const key = fieldAt.get(r);
    if (key) {
      prev.fields.set(key, field(g, r));
      after = key;
      continue;
    }
    const cells = rowCells(g, r, 0, PRINT_COLS);
    if (r === scan.titleRow || r === scan.copyHeaderRow || blankRow(cells) || isNote(cells[0])) continue;
    prev.addedRows.set(after, [...(prev.addedRows.get(after) ?? []), cells]);
  }
  const section = (key: "discussion" | "decisions") => {
    const heading = scan.sections.get(key);
    return heading === undefined ? [] : body(g, heading, nextSection(scan, heading, g.end));
  };
  prev.discussion = section("discussion");
  prev.decisions = section("decisions");
  const table = findActionTable(g, scan);
  if (table) {
    const numbers = actionNumbers(table.rows);
    prev.actions = table.rows.map((r, i) => {
      const n = numbers[i];
      const own = r.values[0];
      // The 序号 stays as typed when it is the row's own; an assigned one is written in.
      return [n === undefined || numberOf(own) === n ? own : n, ...r.values.slice(1)];
    });
  }
  return prev;
}

const rowKey = (cell: (col: number) => CellValue) => {
  const text = Array.from({ length: PRINT_COLS }, (_, c) => cellText(cell(c)));
  return text.every((t) => t === "") ? "" : JSON.stringify(text);
};

/** The minutes' rows are carried whole (columns A–E): a row is found again by what it holds. */
export const MINUTES_ROW_MATCH: RowMatch = {
  previousKey: rowKey,
  newKey: rowKey,
  columnOf: (col) => (col < PRINT_COLS ? col : undefined),
};
