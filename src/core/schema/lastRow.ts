/**
 * The last sheet row of some records (-Infinity for none), by a loop: Math.max(...rows) passes
 * every row as an argument and overflows the stack on a roster of 200,000.
 */
export function lastRow(records: readonly { row: number }[]): number {
  let last = -Infinity;
  for (const r of records) if (r.row > last) last = r.row;
  return last;
}
