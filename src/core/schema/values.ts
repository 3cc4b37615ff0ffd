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
  /**
   * Set when one row names several people ("A、B" in Group members, a party size of 3): the
   * person's place in the row, 0 for the row's own person. Rules check the row once, through part 0.
   */
  part?: number;
  /** Set when this row is certainly a person already listed on an earlier row (that row, 0-based): counted, seated and badged once. */
  duplicateOf?: number;
  /** What makes it certain: the same ID number, or the same name with the same phone or e-mail. */
  duplicateWhy?: "idNumber" | "phone" | "email";
}
