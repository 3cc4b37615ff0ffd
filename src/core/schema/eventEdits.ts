import { a1 } from "../cellAddress";
import { isBlank, type CellValue } from "../cellValue";
import type { Lang } from "../i18n";
import type { SheetWrite, ValueBlock } from "../plan/writePlan";
import type { SheetSnapshot } from "../../workbook/gateway";
import { headerIndex, matchHeader } from "./headerMatch";
import type { ColumnDef } from "./sheetDef";

/**
 * A setting to set on the Event sheet: its row's definition and the value to put beside it ("" empties it);
 * a word (是, 左端) by language, written in the language the sheet is written in.
 */
export interface EventEdit {
  def: ColumnDef;
  value: CellValue | Record<Lang, CellValue>;
}

export interface EventEditsWritten {
  /** Only the value cells (and, for new settings, their rows) change: never owned, never cleared. */
  write: SheetWrite;
  /** The Event sheet as it will read once written, for parsing the same run's inputs. */
  patched: SheetSnapshot;
  /** A1 of each setting's value cell, by key. */
  cells: Map<string, string>;
}

/** Keys sit in the first columns, as parseKeyValue looks for them. */
const KEY_COLUMNS = 3;

interface RowAt {
  row: number;
  keyCol: number;
  valueCol: number;
}

/** Where each edited setting's row is now: the first row whose key names it (as parseKeyValue reads it). */
function findRows(snap: SheetSnapshot, defs: readonly ColumnDef[]): Map<string, RowAt> {
  const idx = headerIndex(defs);
  const found = new Map<string, RowAt>();
  snap.values.forEach((row, r) => {
    const k = row.findIndex((v, c) => c < KEY_COLUMNS && matchHeader(idx, v) !== undefined);
    if (k < 0) return;
    const key = matchHeader(idx, row[k])!;
    if (found.has(key)) return;
    const next = row.findIndex((v, c) => c > k && !isBlank(v));
    found.set(key, { row: r, keyCol: k, valueCol: next < 0 ? k + 1 : next });
  });
  return found;
}

/** The column most keys are in, so a new row lines up with the planner's (column A of an empty sheet). */
function usualKeyColumn(snap: SheetSnapshot): number {
  const counts = new Map<number, number>();
  for (const row of snap.values) {
    const k = row.findIndex((v, c) => c < KEY_COLUMNS && typeof v === "string" && v.trim() !== "");
    if (k >= 0) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best = 0;
  let most = 0;
  for (const [col, n] of counts) if (n > most || (n === most && col < best)) [best, most] = [col, n];
  return best;
}

function setCell(values: CellValue[][], row: number, col: number, v: CellValue): void {
  while (values.length <= row) values.push([]);
  const line = values[row];
  while (line.length <= col) line.push("");
  line[col] = v;
}

/**
 * Writes settings where the Event sheet keeps them: a setting already there gets its value cell
 * changed; a new one is added below the last row, named in the workbook's language. The key
 * cells (and, for new rows, the empty cells they go into) are expected unchanged, so a row a
 * co-author inserted meanwhile stops the write instead of changing the wrong setting.
 */
export function eventEdits(snap: SheetSnapshot, edits: readonly EventEdit[], lang: Lang): EventEditsWritten {
  const rows = findRows(
    snap,
    edits.map((e) => e.def),
  );
  const values = snap.values.map((r) => [...r]);
  const blocks: ValueBlock[] = [];
  const expect: ValueBlock[] = [];
  const cells = new Map<string, string>();
  const keyCol = usualKeyColumn(snap);
  let nextRow = snap.values.length;
  for (const edit of edits) {
    const { def } = edit;
    const value = typeof edit.value === "object" && edit.value !== null ? edit.value[lang] : edit.value;
    const at = rows.get(def.key);
    if (at) {
      setCell(values, at.row, at.valueCol, value);
      blocks.push({ row: snap.top + at.row, col: snap.left + at.valueCol, values: [[value]] });
      expect.push({ row: snap.top + at.row, col: snap.left + at.keyCol, values: [[snap.values[at.row][at.keyCol]]] });
      cells.set(def.key, a1(snap.top + at.row, snap.left + at.valueCol));
    } else {
      if (isBlank(value)) continue; // nothing to clear where there is no row
      const row = nextRow++;
      setCell(values, row, keyCol, def[lang]);
      setCell(values, row, keyCol + 1, value);
      blocks.push({ row: snap.top + row, col: snap.left + keyCol, values: [[def[lang], value]] });
      expect.push({ row: snap.top + row, col: snap.left + keyCol, values: [["", ""]] });
      cells.set(def.key, a1(snap.top + row, snap.left + keyCol + 1));
    }
  }
  const width = Math.max(0, ...values.map((r) => r.length));
  const patched: SheetSnapshot = { ...snap, values: values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]) };
  return { write: { name: snap.name, mode: "update", exists: true, values: blocks, expect }, patched, cells };
}
