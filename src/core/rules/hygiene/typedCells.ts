import { parseA1 } from "../../cellAddress";
import type { Bilingual } from "../../i18n";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import type { ParsedKeyValue, ParsedTable } from "../../schema/parsedSheet";
import type { ColumnDef, FieldType } from "../../schema/sheetDef";
import type { Cell } from "../../schema/values";

/** Past this many cells in one column, a column gets one finding with a count instead of one per cell. */
export const LISTED_CELLS_MAX = 5;

type AnyCell = Cell<unknown>;

/** One cell worth a finding. */
export interface CellHit {
  kind: "cell";
  sheet: string;
  column: ColumnDef;
  cell: AnyCell;
  /** On the Event sheet, a setting row rather than a column. */
  onEvent: boolean;
}

/** A column with many such cells (or nothing else): one finding, at the first. */
export interface ColumnHit {
  kind: "column";
  sheet: string;
  column: ColumnDef;
  first: AnyCell;
  count: number;
  /** Every value in the column is like this. */
  whole: boolean;
}

export type Hit = CellHit | ColumnHit;

export interface HitOptions {
  /** Sum up a column with many hits into one (default); false lists every cell. */
  aggregate?: boolean;
}

function tableHits(table: ParsedTable<unknown>, types: readonly FieldType[], pick: (c: AnyCell) => boolean, aggregate: boolean): Hit[] {
  const sheet = table.sheet;
  if (!sheet) return [];
  const hits: Hit[] = [];
  for (const column of table.def.columns) {
    if (!types.includes(column.type) || !table.columns.has(column.key)) continue;
    const picked: AnyCell[] = [];
    let filled = 0;
    for (const r of table.records) {
      const c = (r.fields as Record<string, AnyCell | undefined>)[column.key];
      if (!c) continue;
      filled++;
      if (pick(c)) picked.push(c);
    }
    const whole = picked.length > 1 && picked.length === filled;
    if (aggregate && (whole || picked.length > LISTED_CELLS_MAX))
      hits.push({ kind: "column", sheet, column, first: picked[0], count: picked.length, whole });
    else for (const cell of picked) hits.push({ kind: "cell", sheet, column, cell, onEvent: false });
  }
  return hits;
}

function eventHits(event: ParsedKeyValue<unknown>, types: readonly FieldType[], pick: (c: AnyCell) => boolean): Hit[] {
  const sheet = event.sheet;
  if (!sheet) return [];
  const hits: Hit[] = [];
  for (const column of event.def.keys) {
    const c = (event.fields as Record<string, AnyCell | undefined>)[column.key];
    if (c && types.includes(column.type) && pick(c)) hits.push({ kind: "cell", sheet, column, cell: c, onEvent: true });
  }
  return hits;
}

const at = (h: Hit): AnyCell => (h.kind === "cell" ? h.cell : h.first);

function topToBottom(a: Hit, b: Hit): number {
  const pa = parseA1(at(a).address);
  const pb = parseA1(at(b).address);
  return (pa?.row ?? 0) - (pb?.row ?? 0) || (pa?.col ?? 0) - (pb?.col ?? 0);
}

/**
 * The cells of the given types that `pick` selects, on every input sheet in workbook order, top to
 * bottom. One pass over the records; only the hits (a handful per column at most) are sorted.
 */
export function typedCellHits(
  wb: ParsedWorkbook,
  types: readonly FieldType[],
  pick: (c: AnyCell) => boolean,
  { aggregate = true }: HitOptions = {},
): Hit[] {
  const tables = [wb.roster, wb.budget, wb.tasks, wb.hotels] as ParsedTable<unknown>[];
  return [
    ...eventHits(wb.event as ParsedKeyValue<unknown>, types, pick).sort(topToBottom),
    ...tables.flatMap((t) => tableHits(t, types, pick, aggregate).sort(topToBottom)),
  ];
}

/** Where a cell is, in a message: "“抵达时间”" / "the Arrival column" (or "the Total budget setting"). */
export function placeOf(h: CellHit): Bilingual {
  return { zh: `“${h.column.zh}”`, en: `the ${h.column.en} ${h.onEvent ? "setting" : "column"}` };
}

/** The address of a hit: the cell, or the first cell of the column. */
export function hitAddress(h: Hit): string {
  return at(h).address;
}
