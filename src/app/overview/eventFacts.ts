import { parseA1 } from "../../core/cellAddress";
import { meetingDays } from "../../core/rules/travel/stay";
import { daysBetween, type LocalDate } from "../../core/schema/normalize/dates";
import type { ParsedKeyValue } from "../../core/schema/parsedSheet";
import type { EventFields } from "../../core/schema/sheets";
import type { CellLink, OverviewEvent } from "./types";

/** The Event sheet's name cell, else its key cell, else the first key cell on the sheet. */
function eventLink(event: ParsedKeyValue<EventFields>): CellLink | undefined {
  if (!event.sheet) return undefined;
  const named = event.fields.name?.address ?? event.keyCells.get("name");
  if (named) return { sheet: event.sheet, cell: named };
  let first: { cell: string; row: number; col: number } | undefined;
  for (const cell of event.keyCells.values()) {
    const at = parseA1(cell);
    if (at && (!first || at.row < first.row || (at.row === first.row && at.col < first.col))) first = { cell, ...at };
  }
  return { sheet: event.sheet, cell: first?.cell ?? "A1" };
}

/**
 * Name, dates and venue from the Event sheet, the days to go, and whether the meeting is on
 * today — over the meeting's days as the travel rules count them (meetingDays: start to end;
 * a missing or earlier end, the start day alone; the 会期 text is not read).
 */
export function eventFacts(event: ParsedKeyValue<EventFields>, today: LocalDate): OverviewEvent {
  const f = event.fields;
  const start = f.start?.value.date;
  const toGo = start ? daysBetween(today, start) : NaN;
  const days = meetingDays(event);
  const underway = days !== undefined && daysBetween(days.first, today) >= 0 && daysBetween(today, days.last) >= 0;
  const link = eventLink(event);
  return {
    ...(f.name ? { name: f.name.value } : {}),
    ...(start ? { start } : {}),
    ...(f.end ? { end: f.end.value.date } : {}),
    ...(f.venue ? { venue: f.venue.value } : {}),
    ...(Number.isFinite(toGo) ? { daysToGo: toGo } : {}),
    underway,
    ...(link ? { link } : {}),
  };
}
