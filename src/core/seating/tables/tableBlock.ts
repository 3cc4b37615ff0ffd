import type { CellValue } from "../../cellValue";
import type { Lang } from "../../i18n";
import type { PlannedTable } from "./types";
import { roleLabel, tableTitle } from "./tableLabels";

export interface BlockCell {
  row: number;
  col: number;
  value: CellValue;
  /** A seat (bordered), the title, or the table number in the middle. */
  kind: "seat" | "title" | "number";
}

export const BLOCK_COLS = 3;

/**
 * One table drawn as seen from above with the stage at the top: the title, the host (seat 1,
 * facing the door) on top, the deputy at the bottom. The host faces down the page, so the host's
 * right is the left column: seats 2, 3, … run down it, and the last seats come back up the right
 * column to the host's left. Empty seats show their number only.
 */
export function tableBlock(table: PlannedTable, lang: Lang): { cells: BlockCell[]; rows: number } {
  const cap = table.capacity;
  const deputy = Math.floor(cap / 2) + 1;
  const bySeat = new Map(table.guests.map((g) => [g.seat, g]));
  const text = (seat: number): string => {
    const g = bySeat.get(seat);
    if (!g) return String(seat);
    return g.role === "guest" ? `${seat} ${g.name}` : `${roleLabel(g, lang)} ${g.name}`;
  };
  const left: number[] = [];
  for (let s = 2; s < deputy; s++) left.push(s);
  const right: number[] = [];
  for (let s = cap; s > deputy; s--) right.push(s);
  const side = Math.max(left.length, right.length, 1);
  const cells: BlockCell[] = [
    { row: 0, col: 0, value: tableTitle(table.table, lang, table.dietTable, table.label), kind: "title" },
    { row: 1, col: 1, value: text(1), kind: "seat" },
  ];
  left.forEach((s, i) => cells.push({ row: 2 + i, col: 0, value: text(s), kind: "seat" }));
  right.forEach((s, i) => cells.push({ row: 2 + i, col: 2, value: text(s), kind: "seat" }));
  cells.push({ row: 2 + Math.floor((side - 1) / 2), col: 1, value: table.label ?? table.table, kind: "number" });
  if (deputy > 1 && cap > 1) cells.push({ row: 2 + side, col: 1, value: text(deputy), kind: "seat" });
  return { cells, rows: 3 + side };
}
