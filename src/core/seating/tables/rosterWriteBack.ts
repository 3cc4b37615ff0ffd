import { lastRow } from "../../schema/lastRow";
import type { CellValue } from "../../cellValue";
import type { Lang } from "../../i18n";
import type { SheetWrite, ValueBlock } from "../../plan/writePlan";
import type { ParsedTable } from "../../schema/parsedSheet";
import type { RosterFields } from "../../schema/sheets";
import type { SheetSnapshot } from "../../../workbook/gateway";
import type { RecordedValues } from "../../record/planRecord";
import { rowKeys, type PlannersPlacement } from "../../record/plannersPlacements";
import type { ParsedRecord } from "../../schema/values";
import type { PlannedTable } from "./types";

export interface RosterWriteBackInput {
  roster: ParsedTable<RosterFields>;
  /** The roster sheet as read: the cells the write must find unchanged, and what they held. */
  snapshot: SheetSnapshot;
  tables: readonly PlannedTable[];
  /** Guest id → 0-based roster row. */
  rowOf: ReadonlyMap<string, number>;
  /** The planner's own tables and seats (see plannersPlacements): never written over. */
  placements: ReadonlyMap<ParsedRecord<RosterFields>, PlannersPlacement>;
  /** 桌号写回名单: true adds missing columns, false never writes, undefined writes to the columns there are. */
  setting?: boolean;
  lang: Lang;
}

export interface RosterWriteBack {
  /** The roster update, or undefined when there is nothing to write. */
  sheet?: SheetWrite;
  /** Cells changed. */
  cells: number;
  /** 桌号/座位 cells that held Huiwu's own earlier plan and now get the new one. */
  replaced: number;
  /** Rows whose table (or seat) is the planner's and was kept as it is. */
  kept: number;
  /** Column headers added to the roster (only when the setting asks for it). */
  added: string[];
  /** What the roster holds of Huiwu's after this write, by row key; undefined when the roster is not written to at all. */
  record?: Map<string, RecordedValues>;
}

/** A column to write; `label` is set when the column is new and its header must be added. */
type Target = { key: "table" | "seat"; col: number; header: CellValue; label?: string };

const LABEL = { table: { zh: "桌号", en: "Table" }, seat: { zh: "座位", en: "Seat" } } as const;

/** What the plan puts in a row's cells: its table, and its people's seats ("5、6" for a row of two). */
function rowPlans(tables: readonly PlannedTable[], rowOf: ReadonlyMap<string, number>): Map<number, { table: CellValue; seat: CellValue }> {
  const seats = new Map<number, { table: CellValue; seats: number[] }>();
  for (const t of tables)
    for (const g of t.guests) {
      const row = rowOf.get(g.id);
      if (row === undefined) continue;
      const at = seats.get(row) ?? { table: t.label ?? t.table, seats: [] };
      at.seats.push(g.seat);
      seats.set(row, at);
    }
  const out = new Map<number, { table: CellValue; seat: CellValue }>();
  for (const [row, at] of seats) {
    const sorted = at.seats.sort((a, b) => a - b);
    out.set(row, { table: at.table, seat: sorted.length === 1 ? sorted[0] : sorted.join("、") });
  }
  return out;
}

/**
 * The plan's table and seat numbers, written into the roster's 桌号 and 座位 columns so the
 * roster itself answers "where does X sit". The planner's own values stay as typed — a row with
 * 锁定, or a value Huiwu did not write (a plan the list arrived with) — and a kept table with no
 * seat gets the plan's seat. Huiwu's own earlier values are the plan's output: replaced, and a
 * person who no longer dines has theirs cleared. Only cells whose value changes are written, and
 * the key column is expected unchanged, so a row a co-author inserts meanwhile stops the write
 * instead of shifting every number onto the wrong person. Returns what the record should hold next.
 */
export function rosterWriteBack(input: RosterWriteBackInput): RosterWriteBack {
  const { roster, snapshot, setting, lang, placements } = input;
  const none: RosterWriteBack = { cells: 0, replaced: 0, kept: 0, added: [] };
  if (setting === false || !roster.sheet || roster.headerRow < 0 || !roster.records.length) return none;
  const at = (row: number, col: number): CellValue => snapshot.values[row - snapshot.top]?.[col - snapshot.left] ?? "";
  const width = Math.max(0, ...snapshot.values.map((r) => r.length));
  let nextFree = snapshot.left + width;
  const targets: Target[] = [];
  for (const key of ["table", "seat"] as const) {
    const found = roster.columns.get(key);
    if (found) targets.push({ key, col: found.col, header: at(roster.headerRow, found.col) });
    else if (setting === true) targets.push({ key, col: nextFree++, header: "", label: LABEL[key][lang] });
  }
  const keyCol = (roster.columns.get("id") ?? roster.columns.get("name"))?.col;
  if (!targets.length || keyCol === undefined) return none;

  const placed = rowPlans(input.tables, input.rowOf);
  const keys = rowKeys(roster);
  const changes = new Map<number, { row: number; value: CellValue }[]>(targets.map((t) => [t.col, []]));
  const record = new Map<string, RecordedValues>();
  let replaced = 0;
  let cells = 0;
  let kept = 0;
  const rows = new Set<number>();
  for (const p of roster.records) {
    // A row is written once, through its own person; the people it adds share its cells.
    if (p.part || rows.has(p.row)) continue;
    rows.add(p.row);
    const planners = placements.get(p);
    if (planners) kept++;
    const plan = placed.get(p.row);
    const mine: RecordedValues = { table: "", seat: "" };
    for (const t of targets) {
      if (planners && (t.key === "table" || planners.seat)) continue;
      const value: CellValue = plan ? plan[t.key] : "";
      mine[t.key] = String(value);
      const current = at(p.row, t.col);
      if (String(current).trim() === String(value)) continue;
      if (current !== "") replaced++;
      cells++;
      changes.get(t.col)!.push({ row: p.row, value });
    }
    if (mine.table || mine.seat) record.set(keys.get(p.row)!, mine);
  }
  if (cells === 0) return { ...none, kept, record };
  const values: ValueBlock[] = targets.flatMap((t) => runs(changes.get(t.col)!, t.col));
  const added = targets.flatMap((t) => (t.label ? [t.label] : []));
  for (const t of targets) if (t.label) values.push({ row: roster.headerRow, col: t.col, values: [[t.label]] });
  const last = lastRow(roster.records);
  const column = (col: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => [at(from + i, col)]);
  const expect: ValueBlock[] = [
    { row: roster.headerRow, col: keyCol, values: column(keyCol, roster.headerRow, last) },
    ...targets.map((t) => ({ row: roster.headerRow, col: t.col, values: [[t.header]] })),
  ];
  return { sheet: { name: roster.sheet, mode: "update", exists: true, values, expect }, cells, replaced, kept, added, record };
}

/** Consecutive rows become one block, so a roster of thousands is a handful of writes. */
function runs(list: { row: number; value: CellValue }[], col: number): ValueBlock[] {
  const out: ValueBlock[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    if (prev && prev.row + prev.values.length === c.row) prev.values.push([c.value]);
    else out.push({ row: c.row, col, values: [[c.value]] });
  }
  return out;
}
