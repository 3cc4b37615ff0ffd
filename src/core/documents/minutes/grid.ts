import type { CellValue } from "../../cellValue";
import type { SheetSnapshot } from "../../../workbook/gateway";

/** A snapshot read by absolute sheet coordinates (0-based), "" outside its used range. */
export interface Grid {
  name: string;
  /** One past the last row of the used range. */
  end: number;
  cell(row: number, col: number): CellValue;
}

export function gridOf(s: SheetSnapshot): Grid {
  return {
    name: s.name,
    end: s.top + s.values.length,
    cell: (row, col) => s.values[row - s.top]?.[col - s.left] ?? "",
  };
}

/** The cells of one row, columns [from, to). */
export function rowCells(g: Grid, row: number, from: number, to: number): CellValue[] {
  const out: CellValue[] = [];
  for (let c = from; c < to; c++) out.push(g.cell(row, c));
  return out;
}
