import { isBlank, type CellValue } from "../../cellValue";
import { headerIndex, matchHeader } from "../../schema/headerMatch";
import { toHalfWidth } from "../../schema/normalize/text";
import type { Grid } from "./grid";
import { ACTION_COLUMNS, type ActionColumn } from "./labels";
import { nextSection, type MinutesScan } from "./sheetScan";

/** One row of the action items table, its cells in the canonical column order (序号, 事项, 负责人, 截止时间, 状态). */
export interface ActionRow {
  /** Absolute 0-based sheet row. */
  row: number;
  values: CellValue[];
}

export interface ActionTable {
  headerRow: number;
  /** Sheet column of each recognised column. */
  columns: Map<ActionColumn, number>;
  /** From under the header to the last row with anything in it (rows added below the numbered ones included). */
  rows: ActionRow[];
}

export const COL_INDEX: Record<ActionColumn, number> = { no: 0, item: 1, owner: 2, due: 3, status: 4 };

/** A row is filled when anything but its 序号 is: the numbered blank rows are the template's, not the recorder's. */
export function isFilled(r: ActionRow): boolean {
  return r.values.some((v, i) => i !== COL_INDEX.no && !isBlank(v));
}

/** The header row: under the 行动事项 heading when there is one, with 事项 and at least one other column. */
export function findActionTable(g: Grid, scan: MinutesScan): ActionTable | undefined {
  const idx = headerIndex(ACTION_COLUMNS);
  const from = scan.sections.get("actions") ?? 0;
  for (let r = from; r < g.end; r++) {
    const columns = new Map<ActionColumn, number>();
    for (let c = 0; c < 16; c++) {
      const key = matchHeader(idx, g.cell(r, c)) as ActionColumn | undefined;
      if (key && !columns.has(key)) columns.set(key, c);
    }
    if (!columns.has("item") || columns.size < 2) continue;
    const end = nextSection(scan, r, g.end);
    const rows: ActionRow[] = [];
    for (let row = r + 1; row < end; row++) {
      const values = ACTION_COLUMNS.map((col) => (columns.has(col.key) ? g.cell(row, columns.get(col.key)!) : ""));
      rows.push({ row, values });
    }
    // Trailing rows with nothing but a template number are dropped: a re-run numbers them afresh.
    while (rows.length > 0 && !isFilled(rows[rows.length - 1])) rows.pop();
    return { headerRow: r, columns, rows };
  }
  return undefined;
}

/** 序号 as typed: 3, "3", "3.", "（3）", "３". */
export function numberOf(v: CellValue): number | undefined {
  const n = typeof v === "number" ? v : /^[(（]?\s*(\d{1,6})\s*[)）.、．]?$/.exec(toHalfWidth(String(v)).trim())?.[1];
  const k = Number(n);
  return n !== undefined && Number.isInteger(k) && k > 0 ? k : undefined;
}

/**
 * The 序号 of every row: its own when it has a usable one not taken by a row above; a filled row
 * without one (or with a repeated one) is numbered after the highest in the table, in row order.
 * The sheet writes these numbers back, so an item keeps its key "HW-M<序号>" on every later run.
 */
export function actionNumbers(rows: readonly ActionRow[]): (number | undefined)[] {
  let highest = Math.max(0, ...rows.map((r) => numberOf(r.values[COL_INDEX.no]) ?? 0));
  const taken = new Set<number>();
  return rows.map((r) => {
    const own = numberOf(r.values[COL_INDEX.no]);
    if (own !== undefined && !taken.has(own)) {
      taken.add(own);
      return own;
    }
    if (!isFilled(r)) return undefined;
    taken.add(++highest);
    return highest;
  });
}
