import type { ParsedTable } from "../../schema/parsedSheet";
import type { RosterFields } from "../../schema/sheets";
import { isActive, type Person } from "../people";

/** People still expected at the meeting, split the way budget lines count them. */
export interface Group {
  /** Replied yes. */
  confirmed: Person[];
  /** Not yet replied (pending or no status): they may still come, so lines may provide for them. */
  pending: Person[];
}

export interface Headcount {
  /** Everyone but the organising staff. */
  attendees: Group;
  staff: Group;
  /** Speakers (讲师) still expected. */
  speakers: Person[];
}

const cache = new WeakMap<ParsedTable<RosterFields>, Headcount>();

/** The roster counted once per parsed workbook; people on leave or cancelled are left out. */
export function headcount(roster: ParsedTable<RosterFields>): Headcount {
  const hit = cache.get(roster);
  if (hit) return hit;
  const count: Headcount = { attendees: { confirmed: [], pending: [] }, staff: { confirmed: [], pending: [] }, speakers: [] };
  for (const p of roster.people ?? roster.records) {
    if (!isActive(p)) continue;
    const role = p.fields.role?.value;
    const group = role === "staff" ? count.staff : count.attendees;
    (p.fields.status?.value === "confirmed" ? group.confirmed : group.pending).push(p);
    if (role === "speaker") count.speakers.push(p);
  }
  cache.set(roster, count);
  return count;
}
