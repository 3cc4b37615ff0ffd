import type { CellWork } from "../workbook/gateway";
import { findSheetName } from "./ownedSheets";

/** The cells of a `Range.formulas` grid that hold a formula, at their place in the grid, offset by `firstRow`. */
export function formulaWork(formulas: readonly (readonly unknown[])[], firstRow = 0): CellWork[] {
  const work: CellWork[] = [];
  formulas.forEach((row, r) =>
    row.forEach((f, col) => {
      if (typeof f === "string" && f.startsWith("=")) work.push({ row: firstRow + r, col, formula: f });
    }),
  );
  return work;
}

/** Whether a sheet's formulas are read too (see ReadOptions.keepWork). */
export function keepsWork(keepWork: readonly string[] | undefined, name: string): boolean {
  return !!keepWork && findSheetName(keepWork, name) !== undefined;
}
