import type { StagedSwap } from "../workbook/stagedReplace";
import { markerName } from "../workbook/ownership";

/**
 * The last request of a staged write (see workbook/stagedReplace.ts): each old sheet goes, the new
 * one takes its name and its place among the tabs, its tables their names, and the ownership
 * marker points at it. One sync to learn where the old sheets stand, one for the swap.
 */
export async function swapStaged(context: Excel.RequestContext, swaps: readonly StagedSwap[]): Promise<void> {
  if (swaps.length === 0) return;
  const sheets = context.workbook.worksheets;
  const olds = swaps.map((s) => sheets.getItem(s.sheet).load("position"));
  await context.sync();
  swaps.forEach((swap, i) => {
    const names = context.workbook.names;
    if (swap.owner && (swap.marker === "current" || swap.marker === "stale")) names.getItem(markerName(swap.owner)).delete();
    const position = olds[i].position;
    olds[i].delete();
    const fresh = sheets.getItem(swap.staging);
    fresh.name = swap.sheet;
    fresh.position = position;
    for (const t of swap.tables) fresh.tables.getItem(t.staged).name = t.wanted;
    if (swap.owner) names.add(markerName(swap.owner), fresh.getRange("A1"), swap.stamp);
  });
  await context.sync();
}
