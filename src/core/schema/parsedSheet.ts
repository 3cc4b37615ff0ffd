import type { CellValue } from "../cellValue";
import type { Finding } from "../finding";
import type { ColumnDef, KeyValueSheetDef, TableSheetDef } from "./sheetDef";
import type { Cell, ParsedRecord } from "./values";

export interface ParsedTable<F> {
  def: TableSheetDef;
  /** The workbook sheet used, null when none was found. */
  sheet: string | null;
  foundBy: "name" | "headers" | null;
  /** 0-based row of the header row in the sheet, or -1. */
  headerRow: number;
  /** Recognised columns: key → 0-based sheet column and the header text as typed. */
  columns: Map<string, { col: number; header: string }>;
  missingColumns: ColumnDef[];
  /** Columns the contract does not know; they are kept, never dropped. */
  extraColumns: { col: number; header: string }[];
  records: ParsedRecord<F>[];
  findings: Finding[];
}

export interface ParsedKeyValue<F> {
  def: KeyValueSheetDef;
  sheet: string | null;
  foundBy: "name" | "headers" | null;
  fields: { [K in keyof F]?: Cell<F[K]> };
  /** Rows whose key the contract does not know (rule thresholds and such), by key text. */
  extras: Record<string, Cell<CellValue>>;
  /** Known keys: key → A1 of the key cell, so a finding about a missing value can point at the row. */
  keyCells: Map<string, string>;
  /** Known keys whose value could not be read (the parser reported it): the cell as typed. */
  unreadable: Map<string, Cell<CellValue>>;
  findings: Finding[];
}
