import { a1 } from "../../../../../src/core/cellAddress";
import type { CellValue } from "../../../../../src/core/cellValue";
import type { FormatSpec, SheetWrite } from "../../../../../src/core/plan/writePlan";

export type Written = { value: CellValue } | { formula: string };

/** What a sheet write puts in each cell, by A1 address; a cell written twice throws. */
export function cellsOf(s: SheetWrite): Map<string, Written> {
  const out = new Map<string, Written>();
  const put = (row: number, col: number, w: Written) => {
    const at = a1(row, col);
    if (out.has(at)) throw new Error(`${at} written twice`);
    out.set(at, w);
  };
  for (const b of s.values) b.values.forEach((r, i) => r.forEach((value, j) => put(b.row + i, b.col + j, { value })));
  for (const b of s.formulas ?? []) b.formulas.forEach((r, i) => r.forEach((formula, j) => put(b.row + i, b.col + j, { formula })));
  return out;
}

export function valueAt(s: SheetWrite, at: string): CellValue | undefined {
  const w = cellsOf(s).get(at);
  return w && "value" in w ? w.value : undefined;
}

export function formulaAt(s: SheetWrite, at: string): string | undefined {
  const w = cellsOf(s).get(at);
  return w && "formula" in w ? w.formula : undefined;
}

/** Column A's texts, top to bottom, with their 1-based rows. */
export function columnA(s: SheetWrite): { row: number; text: CellValue }[] {
  return [...cellsOf(s).entries()]
    .filter(([at, w]) => /^A\d+$/.test(at) && "value" in w && w.value !== "")
    .map(([at, w]) => ({ row: Number(at.slice(1)), text: (w as { value: CellValue }).value }))
    .sort((x, y) => x.row - y.row);
}

/** The 1-based row whose column A holds this text. */
export function rowOf(s: SheetWrite, text: string): number {
  const hit = columnA(s).find((c) => c.text === text);
  if (!hit) throw new Error(`no row "${text}"`);
  return hit.row;
}

/** The formats covering one cell, in plan order. */
export function formatsAt(s: SheetWrite, at: string): FormatSpec[] {
  const m = /^([A-Z]+)(\d+)$/.exec(at)!;
  const col = m[1].charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  return (s.formats ?? []).filter(
    (f) => row >= f.range.row && row < f.range.row + f.range.rows && col >= f.range.col && col < f.range.col + f.range.cols,
  );
}
