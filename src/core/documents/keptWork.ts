import { isBlank, type CellValue } from "../cellValue";
import type { FormulaBlock, InternalLink, SheetWrite } from "../plan/writePlan";
import { shiftOwnRow } from "../plan/shiftOwnRow";
import { cellText } from "../schema/normalize/cellText";
import type { CellWork, SheetSnapshot } from "../../workbook/gateway";

/** How the rows of a document's previous version are found again in the new one. */
export interface RowMatch {
  /** Identifies a previous row (its cells, by sheet column); "" for a row that cannot be told apart. */
  previousKey(cells: (col: number) => CellValue): string;
  /** The same for a new row, by the new sheet's columns. */
  newKey(cells: (col: number) => CellValue): string;
  /** The new column of a previous column; undefined when it is not written again. */
  columnOf(previousCol: number): number | undefined;
}

export interface KeptWork {
  formulas: FormulaBlock[];
  links: InternalLink[];
}

const same = (a: CellValue, b: CellValue) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : cellText(a) === cellText(b);

/**
 * The planner's formulas and hyperlinks of a document's previous version, on the cells of the new
 * version that kept their values: a re-run writes values, and these put the work behind them
 * back. Previous rows are matched to new rows by key, the k-th of a key to the k-th; a formula
 * moved with its row keeps pointing at its own row (shiftOwnRow). A cell whose value the re-run
 * changed (a generated value brought up to date) keeps the new value alone.
 */
export function keptWork(previous: SheetSnapshot | undefined, values: readonly CellValue[][], match: RowMatch): KeptWork {
  const kept: KeptWork = { formulas: [], links: [] };
  if (!previous?.work?.length) return kept;
  const byRow = new Map<number, CellWork[]>();
  for (const w of previous.work) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);

  const prevCell = (r: number) => (col: number) => previous.values[r]?.[col - previous.left] ?? "";
  const waiting = new Map<string, number[]>();
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const key = match.previousKey(prevCell(r));
    if (key) waiting.set(key, [...(waiting.get(key) ?? []), r]);
  }
  values.forEach((row, newRow) => {
    const key = match.newKey((col) => row[col] ?? "");
    const from = key ? waiting.get(key)?.shift() : undefined;
    if (from === undefined) return;
    for (const w of byRow.get(from)!) {
      const col = match.columnOf(w.col + previous.left);
      const before = previous.values[from][w.col];
      if (col === undefined || isBlank(before) !== isBlank(row[col] ?? "") || !same(before, row[col] ?? "")) continue;
      if (w.formula) {
        kept.formulas.push({ row: newRow, col, formulas: [[shiftOwnRow(w.formula, previous.top + from + 1, newRow + 1)]] });
      } else if ((w.address || w.location) && typeof row[col] === "string") {
        // A link is held on text only (both adapters write the cell as its display text).
        const place = w.location ? splitPlace(w.location, previous.name) : { sheet: "", cell: "" };
        if (place) kept.links.push({ row: newRow, col, ...place, text: cellText(row[col]), ...(w.address ? { address: w.address } : {}) });
      }
    }
  });
  return kept;
}

/** "'My sheet'!B2" → My sheet, B2; "B2" is on the link's own sheet; a defined name is not a place a link is kept to. */
function splitPlace(place: string, ownSheet: string): { sheet: string; cell: string } | undefined {
  const at = place.lastIndexOf("!");
  const cell = place.slice(at + 1).replace(/\$/g, "");
  if (!/^[A-Za-z]{1,3}\d+(:[A-Za-z]{1,3}\d+)?$/.test(cell)) return undefined;
  if (at < 0) return { sheet: ownSheet, cell };
  return {
    sheet: place
      .slice(0, at)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'"),
    cell,
  };
}

/** A document's sheet with the planner's formulas and links put back over its values. */
export function withKeptWork(sheet: SheetWrite, kept: KeptWork): SheetWrite {
  if (kept.formulas.length) sheet.formulas = [...(sheet.formulas ?? []), ...kept.formulas];
  if (kept.links.length) sheet.links = [...(sheet.links ?? []), ...kept.links];
  return sheet;
}
