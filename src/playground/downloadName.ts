/**
 * The name the workbook downloads as: the opened file's, marked `.huiwu.xlsx` as the command
 * line's demo names its output (会务.xlsx → 会务.huiwu.xlsx, 报名表.csv → 报名表.huiwu.xlsx), so
 * the download never passes for the planner's original. Saving twice does not mark it twice.
 */
export function downloadName(openedName: string): string {
  const base = openedName.split(/[\\/]/).pop() ?? "";
  const stem = base.replace(/\.(?:xlsx|xlsm|csv|tsv|txt)$/i, "").replace(/\.huiwu$/i, "");
  return `${stem.trim() || "workbook"}.huiwu.xlsx`;
}
