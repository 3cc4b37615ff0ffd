import type { CellValue } from "../../core/cellValue";
import type { WritePlan } from "../../core/plan/writePlan";
import { expectedBlocks, firstMismatch, mismatchMessage } from "../../workbook/expectedCells";
import { currentValue } from "../read/currentValue";
import { findSheet } from "../sheetLookup";
import type { XlsxWorkbook } from "../xlsxWorkbook";
import { reject } from "./planRejected";

/** The plan's `expect` cells must hold what the read saw (see SheetWrite.expect). */
export function checkExpected(book: XlsxWorkbook, plan: WritePlan): void {
  for (const { sheet, block } of expectedBlocks(plan)) {
    const ws = findSheet(book.excel, sheet);
    if (!ws)
      reject(`The sheet "${sheet}" is no longer in the workbook. Nothing was written.`, `工作表“${sheet}”已不在工作簿中。未写入任何内容。`);
    const current: CellValue[][] = block.values.map((row, i) => row.map((_, j) => currentValue(book, ws, block.row + i, block.col + j)));
    const m = firstMismatch(sheet, block, current);
    if (m) {
      const text = mismatchMessage(m);
      reject(text.en, text.zh);
    }
  }
}
