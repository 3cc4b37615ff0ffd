import type { Bilingual } from "../../i18n";
import type { Phase } from "../../schema/enums";

/** 例会 (a regular internal meeting), 小型, 大型 (the seed's 大中型会议). */
export type MeetingSize = "routine" | "small" | "large";
/** What a step exists for: 宿 (hotel rooms) and 食 (meals, banquet). */
export type StepNeed = "lodging" | "meals";
export type OwnerGroup = "leaders" | "planning" | "logistics" | "secretariat";

/** The teams of the seed's 人员安排 (plus the 秘书组 that keeps the records). */
export const OWNER_GROUPS: Record<OwnerGroup, Bilingual> = {
  leaders: { zh: "领导小组", en: "Steering group" },
  planning: { zh: "策划布置组", en: "Planning & setup team" },
  logistics: { zh: "会务组", en: "Logistics team" },
  secretariat: { zh: "秘书组", en: "Secretariat" },
};

/**
 * When a step is due, relative to the meeting.
 * - `from`: `days` after (negative: before) the start or end day, at `time` when given; else
 *   `minutes` after the start or end time (date only when the meeting has no time); else the day alone.
 * - `each: "meetingDay"`: one step per day of the meeting, due `days` after that day at `time`.
 */
export type DueRule =
  { from: "start" | "end"; days?: number; time?: string; minutes?: number } | { each: "meetingDay"; days: number; time: string };

export interface ChecklistStep {
  /** "HW-B01": B 会前, D 会中, A 会后. Never reused for another step once published. */
  key: string;
  phase: Phase;
  /** For a per-day step "{n}" stands for the day's number (1 = the first meeting day). */
  title: Bilingual;
  group: OwnerGroup;
  due: DueRule;
  sizes: readonly MeetingSize[];
  /** Only when the meeting arranges these. */
  needs?: readonly StepNeed[];
  /** The seed line it comes from, for maintainers. */
  source: string;
}

/** Shorthands the step library is written with. */
export const ALL: readonly MeetingSize[] = ["routine", "small", "large"];
export const NOT_ROUTINE: readonly MeetingSize[] = ["small", "large"];
export const LARGE: readonly MeetingSize[] = ["large"];
export const before = (days: number, time?: string): DueRule => ({ from: "start", days: 0 - days, ...(time ? { time } : {}) });
export const startIn = (minutes: number): DueRule => ({ from: "start", minutes });
export const after = (days: number, time?: string): DueRule => ({ from: "end", days, ...(time ? { time } : {}) });
export const endIn = (minutes: number): DueRule => ({ from: "end", minutes });
