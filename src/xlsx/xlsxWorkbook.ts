import type ExcelJS from "exceljs";
import type { LostFeature } from "./package/lostFeatures";
import type { PackageSource } from "./package/packageSource";

/**
 * A defined name exactly as the file stores it. ExcelJS 4.4 keeps only names whose whole
 * reference is a plain range and forgets their scope: a name turned into #REF! (the stale
 * ownership marker), a named constant or formula, or a sheet-scoped name would be lost or
 * changed on the next save. So the adapter keeps every name here and writes them back itself.
 */
export interface StoredName {
  name: string;
  /** The sheet a sheet-scoped name belongs to; undefined for a workbook-scoped name. */
  scope?: string;
  /** What the name refers to, as stored (no leading "="): "'Issues'!$A$1", "#REF!$A$1", "0.06". */
  formula: string;
  /** Other attributes as stored (hidden, comment, …), written back unchanged. */
  attributes: Record<string, string>;
}

/** An .xlsx workbook held in memory: ExcelJS for cells and sheets, plus the names it cannot hold. */
export interface XlsxWorkbook {
  readonly excel: ExcelJS.Workbook;
  /** The authoritative defined names (ExcelJS's own `definedNames` is left empty). */
  names: StoredName[];
  /** How messages name this workbook: the file path it came from, or "workbook". */
  readonly label: string;
  /** What the opened file has that saving it through ExcelJS would drop (see package/lostFeatures.ts). */
  readonly wouldLose: readonly LostFeature[];
  /** Read from a CSV or TSV file: every cell was text (see SheetSnapshot.plainText). */
  readonly plainText?: boolean;
  /**
   * The .xlsx file it was opened from and what `apply` has written since, so saving copies the
   * parts nothing changed (see package/spliceSheets.ts). Absent for a workbook built in memory.
   */
  readonly source?: PackageSource;
}

/**
 * Wraps a workbook built with ExcelJS in memory; names already added through
 * `excel.definedNames` move to `names` (workbook scope).
 */
export function fromExcelJs(excel: ExcelJS.Workbook, label = "workbook"): XlsxWorkbook {
  const names: StoredName[] = excel.definedNames.model.map((n) => ({
    name: n.name,
    formula: n.ranges.join(","),
    attributes: {},
  }));
  excel.definedNames.model = [];
  return { excel, names, label, wouldLose: [] };
}
