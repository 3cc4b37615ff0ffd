import type { Bilingual } from "../../i18n";
import { isActive, type Person } from "../../rules/people";
import { foldKey } from "../../schema/normalize/text";
import { L } from "./labels";
import type { SignInGroupBy } from "./signInSettings";

export interface SignInGroup {
  /** The organisation or group as first typed in the roster; undefined for the people without one. */
  name?: string;
  /** Shown for the people without an organisation or group. */
  unnamed?: Bilingual;
  people: Person[];
}

/**
 * Who signs in: everyone expected at the meeting — confirmed, pending (a late reply still comes
 * through the door) or without a reply — but not those on leave or cancelled, and not the staff,
 * who run the desk rather than sign at it. People without a name cannot sign and are left out.
 */
export function signsIn(p: Person): boolean {
  return isActive(p) && p.fields.role?.value !== "staff" && !!p.fields.name?.value;
}

/** Lower 排序 is more senior; people without one follow, in roster order. */
export function bySeniority(a: Person, b: Person): number {
  const pa = a.fields.precedence?.value ?? Infinity;
  const pb = b.fields.precedence?.value ?? Infinity;
  return pa !== pb ? (pa < pb ? -1 : 1) : a.row - b.row;
}

/**
 * The people who sign in, by organisation or group: groups in the order of their most senior
 * member, people within a group by seniority then roster order; those without an organisation
 * or group come last. Names are matched with width, case and spacing folded.
 */
export function signInGroups(people: readonly Person[], groupBy: SignInGroupBy): SignInGroup[] {
  const groups = new Map<string, SignInGroup>();
  const none: SignInGroup = { unnamed: groupBy === "group" ? L.noGroup : L.noOrganisation, people: [] };
  for (const p of people.filter(signsIn).sort(bySeniority)) {
    const name = (groupBy === "group" ? p.fields.group : p.fields.organisation)?.value;
    const key = name ? foldKey(name) : "";
    if (!key) {
      none.people.push(p);
      continue;
    }
    const g = groups.get(key);
    if (g) g.people.push(p);
    else groups.set(key, { name, people: [p] });
  }
  return [...groups.values(), ...(none.people.length > 0 ? [none] : [])];
}
