import type { CellValue } from "../core/cellValue";
import type { SheetWrite } from "../core/plan/writePlan";
import { guardText } from "../workbook/safeText";

/** Rows padded to the block's widest row, so Office gets the rectangle it requires. */
function rectangular<T>(rows: T[][], blank: T): T[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => (r.length === width ? r : [...r, ...new Array<T>(width - r.length).fill(blank)]));
}

/**
 * Every string of a value block through guardText (Office would otherwise parse it as typed:
 * formulas, numbers, dates). In formula blocks only the entries that are not formulas.
 */
export function guardSheetText(s: SheetWrite): SheetWrite {
  const guard = (v: CellValue): CellValue => (typeof v === "string" ? guardText(v) : v);
  return {
    ...s,
    values: s.values.map((b) => ({ ...b, values: rectangular(b.values, "" as CellValue).map((r) => r.map(guard)) })),
    formulas: s.formulas?.map((b) => ({
      ...b,
      formulas: rectangular(b.formulas, "").map((r) => r.map((f) => (f.startsWith("=") ? f : guardText(f)))),
    })),
  };
}
