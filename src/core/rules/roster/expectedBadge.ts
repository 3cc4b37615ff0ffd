import type { Severity } from "../../finding";
import type { Badge, Role } from "../../schema/enums";

export interface BadgeExpectation {
  /** The badge this role normally gets. */
  badge: Badge;
  /** Badges that contradict the role, and how badly. */
  wrong: Partial<Record<Badge, Severity>>;
}

/**
 * The seed: 正式出席会议的人员发出席证，列席会议的人员发列席证，会议工作人员发工作证.
 * Guests and speakers attend: 出席证 is theirs, and a 列席证 is a choice the organiser may make.
 * Only staff may pass where staff go, and a staff member without a staff badge cannot work
 * the doors — that is the error; the rest are warnings.
 */
export const EXPECTED_BADGE: Record<Role, BadgeExpectation> = {
  attendee: { badge: "attendance", wrong: { observer: "warning", staff: "warning" } },
  observer: { badge: "observer", wrong: { attendance: "warning", staff: "warning" } },
  guest: { badge: "attendance", wrong: { staff: "warning" } },
  speaker: { badge: "attendance", wrong: { staff: "warning" } },
  staff: { badge: "staff", wrong: { attendance: "error", observer: "error" } },
};
