import { a1, quoteSheet } from "../core/cellAddress";
import type { CellValue } from "../core/cellValue";
import type { ValueBlock, WritePlan } from "../core/plan/writePlan";

export interface ExpectMismatch {
  sheet: string;
  /** "A12" */
  cell: string;
  expected: CellValue;
  found: CellValue;
}

/** Every `expect` block of the plan, with the sheet it is on. */
export function expectedBlocks(plan: WritePlan): { sheet: string; block: ValueBlock }[] {
  return plan.sheets.flatMap((s) =>
    (s.expect ?? []).filter((b) => b.values.length && b.values[0].length).map((block) => ({ sheet: s.name, block })),
  );
}

/** The first cell that no longer holds what the read saw, or undefined when all still do. */
export function firstMismatch(sheet: string, block: ValueBlock, current: readonly (readonly CellValue[])[]): ExpectMismatch | undefined {
  for (let i = 0; i < block.values.length; i++) {
    for (let j = 0; j < block.values[i].length; j++) {
      const expected = block.values[i][j];
      const found = current[i]?.[j] ?? "";
      if (found !== expected) return { sheet, cell: a1(block.row + i, block.col + j), expected, found };
    }
  }
  return undefined;
}

const shown = (v: CellValue) => (v === "" ? "(empty)" : `“${String(v)}”`);
const shownZh = (v: CellValue) => (v === "" ? "（空）" : `“${String(v)}”`);

/** Why the plan was not written, for the planner: the cell, what it held and what it holds now. */
export function mismatchMessage(m: ExpectMismatch): { en: string; zh: string } {
  const at = `${quoteSheet(m.sheet)}!${m.cell}`;
  return {
    en: `${at} now holds ${shown(m.found)}, not ${shown(m.expected)} as when the workbook was read: rows were added, removed, sorted or edited meanwhile (perhaps by a co-author). Nothing was written — run the command again.`,
    zh: `${at} 现在是${shownZh(m.found)}，而读取工作簿时是${shownZh(m.expected)}：期间有行被添加、删除、排序或修改（可能是协作者所为）。未写入任何内容——请重新运行该命令。`,
  };
}
