import type { Person } from "../../rules/people";
import type { Badge, Role } from "../../schema/enums";

/** The badge a role carries when the roster gives none (seed: 出席证、列席证、工作证). */
const BY_ROLE: Record<Role, Badge> = {
  attendee: "attendance",
  guest: "attendance",
  speaker: "attendance",
  observer: "observer",
  staff: "staff",
};

/**
 * The person's badge: the roster's 证件类型 when given, else from the role — attending roles
 * (出席, 嘉宾, 讲师) an attendee badge, observers (列席) an observer badge, staff a staff badge;
 * with no role either, an attendee badge, as most people on a roster attend.
 */
export function badgeTypeOf(p: Person): { badge: Badge; derived: boolean } {
  const given = p.fields.badge?.value;
  if (given) return { badge: given, derived: false };
  const role = p.fields.role?.value;
  return { badge: role ? BY_ROLE[role] : "attendance", derived: true };
}
