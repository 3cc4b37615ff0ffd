import { parseA1 } from "../../core/cellAddress";
import { MAX_CELLS, type CellLink } from "./types";

/** Where a cell or range starts, for ordering: top to bottom, then left to right. */
function origin(cell: string): { row: number; col: number } {
  return parseA1(cell.split(":")[0]) ?? { row: 0, col: 0 };
}

/**
 * The links, each once, by sheet (in the order the sheets first come) then top to bottom and
 * left to right, at most MAX_CELLS. Stable for equal positions.
 */
export function inSheetOrder(links: Iterable<CellLink>): CellLink[] {
  const seen = new Set<string>();
  const sheets = new Map<string, number>();
  const unique: { link: CellLink; sheet: number; row: number; col: number; i: number }[] = [];
  for (const link of links) {
    const key = `${link.sheet}!${link.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!sheets.has(link.sheet)) sheets.set(link.sheet, sheets.size);
    unique.push({ link, sheet: sheets.get(link.sheet)!, ...origin(link.cell), i: unique.length });
  }
  return unique
    .sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.i - b.i)
    .slice(0, MAX_CELLS)
    .map((u) => u.link);
}
