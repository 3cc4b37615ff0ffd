import { isActive, type Person } from "../../rules/people";
import type { Badge } from "../../schema/enums";
import { bySeniority } from "../signIn/signInList";
import { BADGE_ORDER } from "./badgeColours";
import { badgeTypeOf } from "./badgeType";

export interface BadgeHolder {
  person: Person;
  badge: Badge;
  /** The type came from the role, not the roster's 证件类型. */
  derived: boolean;
}

/**
 * Everyone who gets a badge — every named person still coming (not on leave, not cancelled),
 * staff included — sorted by badge type, then seniority, then roster order.
 */
export function badgeHolders(people: readonly Person[]): BadgeHolder[] {
  return people
    .filter((p) => isActive(p) && !!p.fields.name?.value)
    .map((person) => ({ person, ...badgeTypeOf(person) }))
    .sort((a, b) => BADGE_ORDER.indexOf(a.badge) - BADGE_ORDER.indexOf(b.badge) || bySeniority(a.person, b.person));
}
