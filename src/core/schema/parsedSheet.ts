import type { CellValue } from "../cellValue";
import type { Finding } from "../finding";
import type { ColumnDef, KeyValueSheetDef, TableSheetDef } from "./sheetDef";
import type { Cell, ParsedRecord } from "./values";

/**
 * How an input sheet was found: by its name; by three or more known headers; by a header row
 * with a name column (the roster of a list called Sheet1); or, with no header row at all, by
 * recognising its columns from their values.
 */
export type FoundBy = "name" | "headers" | "nameColumn" | "values";

/** Why a column is kept without being used: not a known header, a questionnaire's own column, or values that do not fit the header. */
export type KeptWhy = "unknown" | "export" | "mismatch";

export interface ParsedTable<F> {
  def: TableSheetDef;
  /** The workbook sheet used, null when none was found. */
  sheet: string | null;
  foundBy: FoundBy | null;
  /** 0-based row of the header row in the sheet, or -1 (none found, or columns recognised from values). */
  headerRow: number;
  /**
   * Recognised columns: key → 0-based sheet column and the header text as typed. `derived` marks a
   * column composed from others (a name from 姓 + 名); `guessed`, one recognised from its values.
   */
  columns: Map<string, { col: number; header: string; derived?: boolean; guessed?: boolean }>;
  missingColumns: ColumnDef[];
  /** Columns the contract does not use; they are kept, never dropped. */
  extraColumns: { col: number; header: string; why?: KeptWhy }[];
  records: ParsedRecord<F>[];
  /**
   * Everyone the rows name, when the rules see the rows as typed and not every person (a row with
   * group members): what counts and capacities use. Absent when it is `records`.
   */
  people?: ParsedRecord<F>[];
  /** 0-based sheet rows skipped because they begin with a total's label (合计, Total): a SUM row below sums only the lines after them. */
  totalRows?: number[];
  findings: Finding[];
}

export interface ParsedKeyValue<F> {
  def: KeyValueSheetDef;
  sheet: string | null;
  foundBy: FoundBy | null;
  fields: { [K in keyof F]?: Cell<F[K]> };
  /** Rows whose key the contract does not know (rule thresholds and such), by key text. */
  extras: Record<string, Cell<CellValue>>;
  /**
   * Rows of unknown keys left empty (发文单位 with nothing beside it), by key text: the A1 where
   * the value goes, so a finding can point at the very cell to fill.
   */
  emptyExtras?: Map<string, string>;
  /** Known keys: key → A1 of the key cell, so a finding about a missing value can point at the row. */
  keyCells: Map<string, string>;
  /** Known keys whose value could not be read (the parser reported it): the cell as typed. */
  unreadable: Map<string, Cell<CellValue>>;
  findings: Finding[];
}
