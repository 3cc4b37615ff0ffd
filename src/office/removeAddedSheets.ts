/**
 * Takes away, in one request, the sheets a failed first request had added. They are empty:
 * adds come before any content, and the trace messages name exactly the adds that ran. Returns
 * the names that could not be removed.
 */
export async function removeAddedSheets(context: Excel.RequestContext, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  try {
    for (const name of names) context.workbook.worksheets.getItem(name).delete();
    await context.sync();
    return [];
  } catch {
    return [...names];
  }
}
