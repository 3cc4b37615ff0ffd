import { errorCode, OfficeRequestError } from "./errors";
import { defaultRun, type ExcelRun } from "./excelRun";

/** Selects a cell (or range) on a sheet so the user sees what a finding points at. */
export async function goToCell(sheet: string, cell: string, run: ExcelRun = defaultRun): Promise<void> {
  try {
    await run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      // Both are queued commands: one round trip.
      await context.sync();
    });
  } catch (e) {
    // A co-author may have renamed or removed the sheet since the findings were made.
    const code = errorCode(e) ?? "Unknown";
    throw new OfficeRequestError(
      code,
      `Cannot go to ${sheet}!${cell}: the sheet or cell is no longer there (renamed or removed?). Run the command again to refresh the list.`,
      `无法跳转到 ${sheet}!${cell}：该工作表或单元格已不存在（可能被重命名或删除）。请重新运行命令以刷新列表。`,
      { cause: e },
    );
  }
}
