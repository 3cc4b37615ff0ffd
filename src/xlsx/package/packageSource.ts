import type ExcelJS from "exceljs";
import type { SheetWrite } from "../../core/plan/writePlan";
import { isTabSelected } from "../apply/sheetViews";
import type { SheetEntry } from "./workbookParts";

/** A worksheet as the opened file had it. */
export interface OriginalSheet {
  /** Its name when the file was opened (the name its <sheet> entry carries). */
  name: string;
  /** Its part, e.g. "xl/worksheets/sheet2.xml". */
  part: string;
  /** Whether its tab was selected, and its visibility, when the file was opened. */
  selected: boolean;
  state: string;
}

/** One sheet write `applyPlan` carried out, on the worksheet it went to. */
export interface AppliedWrite {
  worksheet: ExcelJS.Worksheet;
  write: SheetWrite;
}

/**
 * The file a workbook was opened from, kept so that saving can copy every part nothing changed
 * and splice in only what `apply` wrote (see spliceSheets.ts).
 */
export interface PackageSource {
  /** The file's bytes, as read (before any repair made for reading). */
  readonly bytes: Buffer;
  /** The same object as `book.excel`, reached without counting as a use from outside. */
  readonly excel: ExcelJS.Workbook;
  /** The file's <sheets>, in tab order, chartsheets included. */
  readonly entries: readonly SheetEntry[];
  /** Every worksheet the file had. */
  readonly sheets: ReadonlyMap<ExcelJS.Worksheet, OriginalSheet>;
  /** `excel.views` (the workbook view: its active tab) when the file was opened, as JSON. */
  readonly views: string;
  /** Every sheet write `applyPlan` carried out, in order. */
  readonly writes: AppliedWrite[];
  /**
   * Set once `book.excel` has been used other than through the adapter's own read and apply: an
   * edit made that way leaves no record, so the next save writes the whole workbook.
   */
  handedOut: boolean;
}

export function capturePackageSource(bytes: Buffer, excel: ExcelJS.Workbook, entries: readonly SheetEntry[]): PackageSource {
  const sheets = new Map<ExcelJS.Worksheet, OriginalSheet>();
  for (const ws of excel.worksheets) {
    const part = entries.find((e) => e.name === ws.name)?.part;
    if (part) sheets.set(ws, { name: ws.name, part, selected: isTabSelected(ws), state: ws.state ?? "visible" });
  }
  return { bytes, excel, entries, sheets, views: JSON.stringify(excel.views ?? []), writes: [], handedOut: false };
}

let adapterDepth = 0;

/** Runs one of the adapter's own steps (read, apply): its use of `book.excel` is recorded by the step itself. */
export function asAdapter<T>(step: () => T): T {
  adapterDepth++;
  try {
    return step();
  } finally {
    adapterDepth--;
  }
}

/**
 * Defines `target.excel` as a getter for `source.excel` that marks the source as handed out when
 * read outside `asAdapter`: a caller holding the ExcelJS workbook may change anything in it.
 */
export function guardExcel<T extends object>(target: T, source: PackageSource): T & { readonly excel: ExcelJS.Workbook } {
  Object.defineProperty(target, "excel", {
    enumerable: true,
    get: () => {
      if (adapterDepth === 0) source.handedOut = true;
      return source.excel;
    },
  });
  return target as T & { readonly excel: ExcelJS.Workbook };
}
