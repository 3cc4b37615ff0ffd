import type { CellValue } from "../../../../src/core/cellValue";
import type { SheetWrite } from "../../../../src/core/plan/writePlan";
import type { SheetSnapshot } from "../../../../src/workbook/gateway";
import { workbook } from "../../rules/ruleHarness";

export const TARGET = { name: "会议通知", mode: "replace", owner: "notice", exists: false, marker: "none" } as const;

/** A parsed Event sheet from key/value rows (the sheet's name sets the language). */
export function eventOf(rows: CellValue[][], lang: "zh" | "en" = "zh") {
  return workbook({ [lang === "zh" ? "会议信息" : "Event"]: rows }).event;
}

/** What a gateway would read back after the write: the used range, as Excel shows it. */
export function snapshotOf(sheet: SheetWrite): SheetSnapshot {
  const grid: CellValue[][] = [];
  for (const b of sheet.values) {
    b.values.forEach((r, i) =>
      r.forEach((v, j) => {
        const row = (grid[b.row + i] ??= []);
        row[b.col + j] = v;
      }),
    );
  }
  const width = Math.max(...grid.map((r) => r.length));
  const values = grid.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ""));
  while (values.length > 0 && values[values.length - 1].every((v) => v === "")) values.pop();
  return { name: sheet.name, top: 0, left: 0, values };
}

/** The grid with one cell changed, as a planner typing in the sheet would leave it. */
export function edit(snap: SheetSnapshot, row: number, col: number, value: CellValue): SheetSnapshot {
  return { ...snap, values: snap.values.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r)) };
}

/** The sheet's rows as written (one block from A1). */
export function gridOf(sheet: SheetWrite): CellValue[][] {
  return sheet.values[0].values;
}

/** The notice's generated rows by key (column C): the printed text (A) and the generated copy (B). */
export function linesOf(sheet: SheetWrite): Map<string, { row: number; text: CellValue; copy: CellValue }> {
  const out = new Map<string, { row: number; text: CellValue; copy: CellValue }>();
  gridOf(sheet).forEach((r, row) => {
    if (row > 0 && typeof r[2] === "string" && r[2]) out.set(r[2], { row, text: r[0], copy: r[1] });
  });
  return out;
}

/** What column A prints, from row 1 on: the notice as the planner sees it. */
export function printedText(sheet: SheetWrite): CellValue[] {
  return gridOf(sheet)
    .slice(1)
    .map((r) => r[0]);
}
