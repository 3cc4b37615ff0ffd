/**
 * The columns of a list pasted without a header row — "市财政局 | 副局长 | 王芳" under a merged
 * title, a bare column of names for place cards — recognised from the values themselves.
 */
import { isBlank, isExcelError, type CellValue } from "../../cellValue";
import { fieldOfCell, type GuessedField } from "./cellField";
import { firstDataRow } from "./titleRows";

export type { GuessedField } from "./cellField";
export { describeGuess } from "./describeGuess";

export interface ColumnGuess {
  /** 0-based index into the rows. */
  col: number;
  field: GuessedField;
  /** Share (0–1) of the column's non-blank data cells that fit the field. */
  share: number;
}

export interface ValueGuess {
  /** 0-based index of the first data row (title rows above it are skipped). */
  firstDataRow: number;
  columns: ColumnGuess[];
}

/** Enough rows to judge a column; the first ones, so the same list always gives the same guess. */
export const MAX_SAMPLE_ROWS = 200;
/** A column is a field when at least 3 in 5 of its filled cells fit it (a notes column mixed in is fine). */
const MIN_FIT = { fit: 3, of: 5 };
/** A fixed order of fields, so nothing depends on the order a Map was filled in. */
const FIELDS: readonly GuessedField[] = ["name", "gender", "organisation", "title", "phone", "email", "idNumber"];

interface Tally {
  filled: number;
  fits: Map<GuessedField, number>;
}

function sampleRows(values: readonly (readonly CellValue[])[], from: number): (readonly CellValue[])[] {
  const rows: (readonly CellValue[])[] = [];
  for (let r = from; r < values.length && rows.length < MAX_SAMPLE_ROWS; r++) {
    const row = values[r] ?? [];
    if (!row.every((v) => isBlank(v))) rows.push(row);
  }
  return rows;
}

function tallyColumns(rows: readonly (readonly CellValue[])[]): Tally[] {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  const tallies: Tally[] = Array.from({ length: width }, () => ({ filled: 0, fits: new Map() }));
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (isBlank(v) || isExcelError(v)) continue;
      const t = tallies[c];
      t.filled++;
      const field = fieldOfCell(v);
      if (field) t.fits.set(field, (t.fits.get(field) ?? 0) + 1);
    }
  }
  return tallies;
}

function candidates(tallies: readonly Tally[]): ColumnGuess[] {
  const out: ColumnGuess[] = [];
  tallies.forEach((t, col) => {
    for (const field of FIELDS) {
      const fit = t.fits.get(field) ?? 0;
      if (fit > 0 && fit * MIN_FIT.of >= t.filled * MIN_FIT.fit) out.push({ col, field, share: fit / t.filled });
    }
  });
  // Highest share first; ties to the leftmost column.
  return out.sort((a, b) => b.share - a.share || a.col - b.col || FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
}

/** The columns of a header-less list recognised from their values; undefined when no column is a name column. */
export function guessColumns(values: CellValue[][]): ValueGuess | undefined {
  const first = firstDataRow(values);
  const rows = sampleRows(values, first);
  const usedCols = new Set<number>();
  const usedFields = new Set<GuessedField>();
  const columns: ColumnGuess[] = [];
  for (const g of candidates(tallyColumns(rows))) {
    if (usedCols.has(g.col) || usedFields.has(g.field)) continue;
    usedCols.add(g.col);
    usedFields.add(g.field);
    columns.push(g);
  }
  if (!usedFields.has("name")) return undefined;
  return { firstDataRow: first, columns: columns.sort((a, b) => a.col - b.col) };
}
