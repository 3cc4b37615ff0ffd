import type { CellValue } from "../core/cellValue";
import type { OwnedKind, WritePlan } from "../core/plan/writePlan";

/** The used range of one sheet. values[0][0] sits at (top, left), 0-based. */
export interface SheetSnapshot {
  name: string;
  top: number;
  left: number;
  /** Rectangular; "" for empty cells, serial numbers for dates, formula results for formulas. */
  values: CellValue[][];
  /**
   * Every cell came from plain text (a CSV or TSV file): a date or amount there can only be text,
   * so it is not reported as "typed as text".
   */
  plainText?: boolean;
  /** Cells far from the rest (a value typed by accident in row 1,048,576), left out of `values`. */
  strays?: string[];
  /** When the read asked for them (`ReadOptions.keepWork`): the cells holding a formula or a hyperlink. */
  work?: CellWork[];
}

/**
 * A planner's formula or hyperlink in a cell, at values[row][col] of its snapshot: what a value
 * alone would lose when a re-run writes the sheet again.
 */
export interface CellWork {
  row: number;
  col: number;
  /** The formula as typed, "=" first (English function names, as `Range.formulas` gives it). */
  formula?: string;
  /** A web or mail address the cell links to. */
  address?: string;
  /** A place in the workbook the cell links to ("'Sheet'!A1"). */
  location?: string;
}

export interface ReadOptions {
  /** Sheets whose formulas and hyperlinks are read too (the add-in's documents a planner fills in); small sheets only. */
  keepWork?: readonly string[];
}

export interface OwnedSheet {
  kind: OwnedKind;
  /** The sheet the marker points at, or null when that sheet was deleted (a stale marker). */
  name: string | null;
  /** The marker's comment: Huiwu's stamp (see ownershipStamp), "" when it has none. */
  stamp?: string;
  /** What the cell the marker points at holds now. */
  a1?: CellValue;
}

export interface WorkbookSnapshot {
  /** Every worksheet in the workbook, in tab order. */
  sheetNames: string[];
  /** The requested sheets that exist (empty sheets give values = []). */
  sheets: SheetSnapshot[];
  /** Sheets carrying the add-in's ownership marker. */
  owned: OwnedSheet[];
}

export interface ApplyProgress {
  /** Chunks written so far, and in all. */
  done: number;
  total: number;
}

export interface ApplyReport {
  /** How many write requests (Office: context.sync calls) it took. */
  requests: number;
  sheets: string[];
}

/**
 * The one door to a workbook. Two adapters implement it: src/office (Office.js, in the pane)
 * and src/xlsx (ExcelJS, for the CLI, tests and the demo).
 */
export interface WorkbookGateway {
  /**
   * Reads the used range of every named sheet that exists, in one round trip where the
   * 5 MB response limit allows. Names that do not exist are simply absent from `sheets`.
   */
  read(sheetNames: readonly string[], options?: ReadOptions): Promise<WorkbookSnapshot>;
  /** Writes the plan: as few requests as the 5 MB request limit allows. */
  apply(plan: WritePlan, onProgress?: (p: ApplyProgress) => void): Promise<ApplyReport>;
  /** Whether the host can show a feature newer than the add-in's baseline; absent means no. */
  supports?(feature: "checkboxes"): boolean;
}

/** Thrown by a gateway when the workbook cannot be used at all (not a workbook, unreadable). */
export class WorkbookUnavailableError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = "WorkbookUnavailableError";
  }
}
