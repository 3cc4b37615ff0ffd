import { a1Range } from "../../core/cellAddress";
import { cellOf } from "../../core/rules/cells";
import { lastRow } from "../../core/schema/lastRow";
import type { ParsedWorkbook } from "../../core/schema/parseWorkbook";
import type { ParsedTable } from "../../core/schema/parsedSheet";
import type { RosterFields } from "../../core/schema/sheets";
import { listedPeople } from "../../core/schema/roster/people";
import { replyOf, type Reply } from "../summarizeWorkbook";
import { inSheetOrder } from "./cellLinks";
import type { CellLink, OverviewCount } from "./types";

const REPLIES: readonly Reply[] = ["confirmed", "pending", "onLeave"];

/** The first row under the header; with no header row (columns recognised from values), the first record's row. */
function firstDataRow(roster: ParsedTable<RosterFields>): number {
  if (roster.headerRow >= 0) return roster.headerRow + 1;
  let first = Infinity; // a loop: Math.min(...rows) overflows the stack on a large roster
  for (const r of roster.records) if (r.row < first) first = r.row;
  return first;
}

/**
 * Confirmed, pending and on leave, counted as the pane's summary counts them (listedPeople and
 * replyOf: a blank status is pending). None without a roster 回执 / Status column: every
 * person would count as pending, which says nothing.
 */
export function attendeeCounts(parsed: ParsedWorkbook): OverviewCount[] {
  const roster = parsed.roster;
  const status = roster.columns.get("status");
  if (!roster.sheet || !status) return [];
  const sheet = roster.sheet;
  const people = listedPeople(parsed);
  const value: Record<Reply, number> = { confirmed: 0, pending: 0, onLeave: 0 };
  const cells: Record<Reply, CellLink[]> = { confirmed: [], pending: [], onLeave: [] };
  for (const p of people) {
    const reply = replyOf(p);
    if (!reply) continue;
    value[reply]++;
    cells[reply].push({ sheet, cell: cellOf(roster, p, "status") });
  }
  // The whole column's data rows: the planner filters it, or sees the replies side by side.
  const last = lastRow(roster.records);
  const first = firstDataRow(roster);
  const column: CellLink | undefined =
    Number.isFinite(last) && last >= first ? { sheet, cell: a1Range(first, status.col, last - first + 1, 1) } : undefined;
  return REPLIES.map((key) => ({
    key,
    value: value[key],
    ...(value[key] > 0 && column ? { link: column } : {}),
    cells: inSheetOrder(cells[key]),
  }));
}
