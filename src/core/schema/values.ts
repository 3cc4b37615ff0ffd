import type { CellValue } from "../cellValue";

/** A date with an optional time of day, timezone-free: { date: "2026-03-15", time: "14:30" }. */
export interface DateTimeValue {
  date: string;
  time?: string;
}

/** A value read from one cell, with the cell it came from. */
export interface Cell<T> {
  value: T;
  /** A1 address on the record's sheet. */
  address: string;
  /** What the cell held before normalising. */
  raw: CellValue;
  /** A date or number that was typed as text (the cell works, but sorting and formulas will not). */
  fromText?: boolean;
  /** A date like 3/4/2026 that could be read either way. */
  ambiguous?: boolean;
}

/** One record of a table sheet. Fields that were empty or unreadable are absent. */
export interface ParsedRecord<F> {
  sheet: string;
  /** 0-based row index in the sheet (Excel row = row + 1). */
  row: number;
  fields: { [K in keyof F]?: Cell<F[K]> };
  /** Columns the contract does not know, kept by their header text. */
  extras: Record<string, Cell<CellValue>>;
}
