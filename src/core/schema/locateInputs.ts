import type { Bilingual } from "../i18n";
import type { SheetSnapshot } from "../../workbook/gateway";
import { locateRoster, rosterNotFound } from "./locateRoster";
import { locateByHeaders, type Located } from "./locateSheets";
import type { TableLayout } from "./parseTable";
import { INPUT_SHEETS } from "./sheets";

/**
 * The input sheets not found by name, from the other sheets' contents: first the roster (the sheet
 * with a name column and the most rows, or a header-less list of names), then the rest by their
 * headers. Says why there is no roster when none qualifies.
 */
export function locateByContents(
  candidates: readonly SheetSnapshot[],
  byName: Located,
  guess?: (snap: SheetSnapshot) => TableLayout | undefined,
): { located: Located; rosterMissing?: Bilingual } {
  let located: Located = { ...byName };
  let rosterMissing: Bilingual | undefined;
  let free = candidates;
  if (!located.roster) {
    const roster = locateRoster(free, guess);
    if (roster) {
      located.roster = roster;
      free = free.filter((s) => s.name !== roster.name);
    } else rosterMissing = rosterNotFound(free);
  }
  const unlocated = INPUT_SHEETS.filter((d) => !located[d.key]);
  if (unlocated.length > 0) located = { ...located, ...locateByHeaders(free, unlocated, located) };
  return { located, ...(rosterMissing ? { rosterMissing } : {}) };
}
