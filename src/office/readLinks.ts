import type { CellWork, WorkbookSnapshot } from "../workbook/gateway";
import type { RequirementCheck } from "./excelRun";

/** Cells whose hyperlinks one request asks for: about 20 bytes of answer each, far under 5 MB. */
const CELLS_PER_REQUEST = 100_000;

interface LinkBlock {
  work: CellWork[];
  from: number;
  result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/**
 * The hyperlinks a planner inserted (Insert › Link) in the sheets read with `keepWork`, added to
 * their work so a re-run keeps them: `Range.formulas` shows a HYPERLINK formula but not these.
 * `Range.getCellProperties` is ExcelApi 1.9; on an older host the links are not read (and a
 * re-run writes the cells without them). Only sheets that exist and hold cells are asked, after
 * the read, so no method runs on a null object; one sync per 100,000 cells.
 */
export async function readLinks(context: Excel.RequestContext, snapshot: WorkbookSnapshot, requirements: RequirementCheck): Promise<void> {
  if (requirements("ExcelApi", "1.9")) {
    let blocks: LinkBlock[] = [];
    let cells = 0;
    const flush = async () => {
      if (blocks.length === 0) return;
      await context.sync();
      for (const b of blocks)
        b.result.value.forEach((row, r) =>
          row.forEach((cell, col) => {
            const link = cell.hyperlink;
            // Beside a formula the cell may hold, as the file adapter gives them.
            if (link?.documentReference) b.work.push({ row: b.from + r, col, location: link.documentReference });
            else if (link?.address) b.work.push({ row: b.from + r, col, address: link.address });
          }),
        );
      blocks = [];
      cells = 0;
    };
    for (const sheet of snapshot.sheets) {
      const cols = sheet.values[0]?.length ?? 0;
      if (!sheet.work || sheet.values.length === 0 || cols === 0) continue;
      const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_REQUEST / cols));
      for (let from = 0; from < sheet.values.length; from += rowsPerBlock) {
        const rows = Math.min(rowsPerBlock, sheet.values.length - from);
        if (cells + rows * cols > CELLS_PER_REQUEST) await flush();
        const range = context.workbook.worksheets.getItem(sheet.name).getRangeByIndexes(sheet.top + from, sheet.left, rows, cols);
        blocks.push({ work: sheet.work, from, result: range.getCellProperties({ hyperlink: true }) });
        cells += rows * cols;
      }
    }
    await flush();
  }
}
