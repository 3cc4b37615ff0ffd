import type { CellValue } from "../core/cellValue";
import type { WritePlan } from "../core/plan/writePlan";
import { expectedBlocks, firstMismatch, mismatchMessage } from "../workbook/expectedCells";
import { OfficeRequestError } from "./errors";

/**
 * The plan's `expect` cells, loaded and compared before the first write request. Office cannot
 * make a request conditional on a cell's value, so this costs one more sync — only for plans
 * that write into a planner's sheet (the roster write-back), where a row a co-author inserted
 * since the read would otherwise shift every value onto the wrong person.
 */
export async function verifyExpected(context: Excel.RequestContext, plan: WritePlan): Promise<void> {
  const blocks = expectedBlocks(plan);
  if (blocks.length === 0) return;
  const loaded = blocks.map(({ sheet, block }) => {
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(block.row, block.col, block.values.length, block.values[0].length);
    range.load("values");
    return { sheet, block, range };
  });
  await context.sync();
  for (const { sheet, block, range } of loaded) {
    const m = firstMismatch(sheet, block, range.values as CellValue[][]);
    if (m) {
      const text = mismatchMessage(m);
      throw new OfficeRequestError("WorkbookChanged", text.en, text.zh);
    }
  }
}
