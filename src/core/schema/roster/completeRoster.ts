import type { ParsedTable } from "../parsedSheet";
import type { RosterFields } from "../sheets/roster";
import { composeNames } from "./composeNames";

/** What the roster's rows mean beyond their cells, worked out once for every command. */
export function completeRoster(roster: ParsedTable<RosterFields>): void {
  if (!roster.sheet) return;
  composeNames(roster);
}
