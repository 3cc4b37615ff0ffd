import type ExcelJS from "exceljs";
import type { SheetWrite, WritePlan } from "../../core/plan/writePlan";
import type { SheetSnapshot } from "../../workbook/gateway";
import type { DirectCells } from "../apply/directCells";
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
   * Worksheets loaded without their rows (deferredSheets.ts), with their values as the file has
   * them. Saving such a workbook whole reopens the file in full and applies `plans` again.
   */
  readonly deferred: ReadonlyMap<ExcelJS.Worksheet, SheetSnapshot>;
  /** Every plan `applyPlan` carried out, in order. */
  readonly plans: WritePlan[];
  /** Output sheets of more cells than this are written directly, not as ExcelJS cells (apply/directCells.ts); undefined: never. */
  readonly directAbove?: number;
  /** The sheets written so, with their cells; saving whole reopens the file in full and applies `plans` again. */
  readonly direct: Map<ExcelJS.Worksheet, DirectCells>;
  /**
   * Set once `book.excel` has been used other than through the adapter's own read and apply: an
   * edit made that way leaves no record, so the next save writes the whole workbook.
   */
  handedOut: boolean;
}

export function capturePackageSource(
  bytes: Buffer,
  excel: ExcelJS.Workbook,
  entries: readonly SheetEntry[],
  deferredByName: ReadonlyMap<string, SheetSnapshot> = new Map(),
  directAbove?: number,
): PackageSource {
  const sheets = new Map<ExcelJS.Worksheet, OriginalSheet>();
  const deferred = new Map<ExcelJS.Worksheet, SheetSnapshot>();
  for (const ws of excel.worksheets) {
    const part = entries.find((e) => e.name === ws.name)?.part;
    if (part) sheets.set(ws, { name: ws.name, part, selected: isTabSelected(ws), state: ws.state ?? "visible" });
    const snapshot = deferredByName.get(ws.name);
    if (snapshot) deferred.set(ws, snapshot);
  }
  const views = JSON.stringify(excel.views ?? []);
  return { bytes, excel, entries, sheets, views, writes: [], deferred, plans: [], directAbove, direct: new Map(), handedOut: false };
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
      // A deferred sheet has no cells in the ExcelJS workbook: handing that out would hand out a roster without rows.
      if (adapterDepth === 0 && source.deferred.size > 0)
        throw new Error("The ExcelJS workbook of a file opened with deferred sheets or direct writing is not for use outside the adapter.");
      if (adapterDepth === 0) source.handedOut = true;
      return source.excel;
    },
  });
  return target as T & { readonly excel: ExcelJS.Workbook };
}
