import { defaultRun, type ExcelRun } from "./excelRun";

/** Selects a cell (or range) on a sheet so the user sees what a finding points at. */
export async function goToCell(sheet: string, cell: string, run: ExcelRun = defaultRun): Promise<void> {
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    // Both are queued commands: one round trip.
    await context.sync();
  });
}
