import type { CellValue } from "../cellValue";
import type { Bilingual } from "../i18n";
import type { EnumDef } from "./enums";

export type SheetKey = "event" | "roster" | "budget" | "tasks" | "hotels";

/** How a cell of a column is read. */
export type FieldType =
  | "text"
  /** Kept as text even when typed as a number: IDs, room numbers. */
  | "idText"
  | "phone"
  | "email"
  /** A date, with or without a time of day. */
  | "dateTime"
  | "money"
  | "number"
  | "integer"
  | "percent"
  | "boolean"
  | "enum"
  /** Several names or IDs in one cell, separated by 、 , ; or spaces. */
  | "list";

export interface ColumnDef {
  key: string;
  zh: string;
  en: string;
  /** Other headers planners use for this column, in either language. */
  synonyms: readonly string[];
  type: FieldType;
  enumDef?: EnumDef<string>;
  /** Read when present, never reported missing and not written by `init` (split names, party sizes). */
  optional?: boolean;
  /** Width for sheets the add-in creates, in characters. */
  width?: number;
  /** For counts: the smallest and largest value that makes sense (a block of -3 rooms does not). */
  range?: readonly [number, number];
  /** Example values for `init`, one per example row. */
  examples?: { zh: readonly CellValue[]; en: readonly CellValue[] };
}

interface SheetDefBase {
  key: SheetKey;
  zh: string;
  en: string;
  /** Other sheet names planners use. */
  synonyms: readonly string[];
  /** The sheet may be absent without any finding. */
  optional: boolean;
}

/** A sheet of records: one header row, then one record per row. */
export interface TableSheetDef extends SheetDefBase {
  layout: "table";
  columns: readonly ColumnDef[];
  /** Columns without which the sheet cannot be used (a roster without names). */
  essential: readonly string[];
  /** Columns that together stand in for an essential one when it is absent (姓 + 名 for 姓名). */
  standIns?: Readonly<Record<string, readonly string[]>>;
  /** Header matches needed to recognise the sheet by its headers alone. */
  minHeaderMatches: number;
}

/** A sheet of settings: a key column and a value column (会议信息 / Event). */
export interface KeyValueSheetDef extends SheetDefBase {
  layout: "keyValue";
  keys: readonly ColumnDef[];
  minHeaderMatches: number;
}

export type SheetDef = TableSheetDef | KeyValueSheetDef;

export function title(def: { zh: string; en: string }): Bilingual {
  return { zh: def.zh, en: def.en };
}
