import type { Finding } from "../../finding";
import type { ParsedTable } from "../parsedSheet";
import type { RosterFields } from "../sheets/roster";
import { composeNames } from "./composeNames";
import { expandParties } from "./expandParties";
import { markDuplicates } from "./markDuplicates";
import { rowNumbersAsId } from "./rowNumbers";
import { sameAsAbove } from "./sameAsAbove";

/**
 * What the roster's rows mean beyond their cells, worked out once for every command: whole names
 * from split ones, party keys typed once per group, one person per person a row names, and rows
 * that repeat a person already listed. Returns the notes that say so.
 */
export function completeRoster(roster: ParsedTable<RosterFields>): Finding[] {
  if (!roster.sheet) return [];
  rowNumbersAsId(roster);
  composeNames(roster);
  const notes = [...sameAsAbove(roster), ...expandParties(roster)];
  markDuplicates(roster);
  return notes;
}
