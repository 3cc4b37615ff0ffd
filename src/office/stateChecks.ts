import type { OwnedKind } from "../core/plan/writePlan";
import { markerName } from "../workbook/ownership";
import type { WriteSession } from "./writeSession";

/*
 * Checks of the workbook against what the plan saw, made of lookups that change nothing. Office
 * instantiates an object as soon as it is got (its request carries the lookup even when nothing
 * else uses the object), so a getItem of a sheet, name or table that is gone fails the request
 * at that point. They open the first request, before any change: Excel runs a request in order
 * and stops at the first failing operation, so nothing after it happens.
 */

/** The sheet must still be there under its name, and so must the tables the read saw on it. */
export function expectSheet(session: WriteSession, name: string): void {
  session.sheet(name);
  session.oldTables(name);
}

/**
 * The ownership marker must still be there, and a current one must still point at this sheet's
 * A1. Getting the range of a name that is not a range fails (a co-author deleted the sheet and
 * made another of the same name: the marker shows #REF!), and so does intersecting ranges that
 * do not meet (a co-author renamed the sheet and gave its old name to a new one: the marker
 * followed the renamed sheet).
 */
export function expectMarker(session: WriteSession, sheet: string, owner: OwnedKind, state: "current" | "stale"): void {
  const marker = session.context.workbook.names.getItem(markerName(owner));
  if (state === "current") session.sheet(sheet).getRange("A1").getIntersection(marker.getRange());
}
