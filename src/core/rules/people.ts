import { foldKey } from "../schema/normalize/text";
import type { ParsedTable } from "../schema/parsedSheet";
import type { RosterFields } from "../schema/sheets";
import type { ParsedRecord } from "../schema/values";

export type Person = ParsedRecord<RosterFields>;

/** How names are compared: width, case and spaces folded ("张 伟" = "张伟", "alice chen" = "Alice Chen"). */
export function nameKey(name: string): string {
  return foldKey(name);
}

export interface PeopleIndex {
  byId: Map<string, Person[]>;
  byName: Map<string, Person[]>;
  /** The people a reference means: an ID first, else a name. Empty when it matches nobody. */
  resolve(ref: string): Person[];
}

const cache = new WeakMap<ParsedTable<RosterFields>, PeopleIndex>();

/** Keyed maps over the roster, built once per parsed workbook: lookups stay O(1), never pairwise scans. */
export function peopleIndex(roster: ParsedTable<RosterFields>): PeopleIndex {
  const hit = cache.get(roster);
  if (hit) return hit;
  const byId = new Map<string, Person[]>();
  const byName = new Map<string, Person[]>();
  const push = (m: Map<string, Person[]>, k: string, p: Person) => {
    if (!k) return;
    const list = m.get(k);
    if (list) list.push(p);
    else m.set(k, [p]);
  };
  for (const p of roster.people ?? roster.records) {
    if (p.fields.id) push(byId, nameKey(p.fields.id.value), p);
    if (p.fields.name) push(byName, nameKey(p.fields.name.value), p);
  }
  const index: PeopleIndex = {
    byId,
    byName,
    resolve: (ref) => byId.get(nameKey(ref)) ?? byName.get(nameKey(ref)) ?? [],
  };
  cache.set(roster, index);
  return index;
}

/** A person counts for the meeting unless they sent apologies or were cancelled (or removed), and once however often they are listed. */
export function isActive(p: Person): boolean {
  const s = p.fields.status?.value;
  return s !== "leave" && s !== "cancelled" && p.duplicateOf === undefined;
}
