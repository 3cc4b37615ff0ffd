import type ExcelJS from "exceljs";
import type { FormulaBlock, ValueBlock } from "../../core/plan/writePlan";

/**
 * Values go in as they are: a string is stored as text even when it looks like a formula,
 * a number, a date or a boolean ("=1+1", "0012", "TRUE"), because ExcelJS never parses
 * strings. "" empties the cell, as it does through Range.values.
 */
export function writeValues(ws: ExcelJS.Worksheet, blocks: readonly ValueBlock[]): void {
  for (const block of blocks) {
    block.values.forEach((row, i) => {
      const r = ws.getRow(block.row + i + 1);
      row.forEach((v, j) => {
        r.getCell(block.col + j + 1).value = v === "" ? null : v;
      });
    });
  }
}

/** Formulas are stored without their "=" (the file format's convention); "" empties the cell. */
export function writeFormulas(ws: ExcelJS.Worksheet, blocks: readonly FormulaBlock[]): boolean {
  let any = false;
  for (const block of blocks) {
    block.formulas.forEach((row, i) => {
      const r = ws.getRow(block.row + i + 1);
      row.forEach((f, j) => {
        const cell = r.getCell(block.col + j + 1);
        if (f === "") {
          cell.value = null;
        } else {
          cell.value = { formula: f.slice(1) };
          any = true;
        }
      });
    });
  }
  return any;
}
