import type { Bilingual } from "../../i18n";
import type { Badge } from "../../schema/enums";

export interface BadgeColour {
  /** "#RRGGBB", the fill of the badge-type cell. */
  fill: string;
  /** Text on the fill, readable against it. */
  font: string;
  /** The colour's name, for the print shop. */
  name: Bilingual;
}

/**
 * One vivid colour per badge type, far apart from each other (the seed: 各种票证颜色要鲜艳，且互相
 * 区别，以便于辨认), so a steward at the door tells them apart at a glance.
 */
export const BADGE_COLOURS: Record<Badge, BadgeColour> = {
  attendance: { fill: "#E53935", font: "#FFFFFF", name: { zh: "红色", en: "Red" } },
  observer: { fill: "#1E88E5", font: "#FFFFFF", name: { zh: "蓝色", en: "Blue" } },
  staff: { fill: "#00A651", font: "#FFFFFF", name: { zh: "绿色", en: "Green" } },
};

/** The order the types are listed in: those who attend, those who observe, those who work. */
export const BADGE_ORDER: readonly Badge[] = ["attendance", "observer", "staff"];
