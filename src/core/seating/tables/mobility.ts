import type { Seating } from "./seating";

/** Locked guests stay with the planner's table; VIPs keep the place precedence gave them. */
export function isMovable(s: Seating, u: number): boolean {
  const unit = s.model.units[u];
  return unit.locked < 0 && !unit.vip;
}

/** A guest with a dedicated-table diet sits only at a table of that diet; anyone else may sit anywhere. */
export function isAllowed(s: Seating, u: number, t: number): boolean {
  const d = s.model.units[u].diet;
  return !d || s.diet[t] === d;
}
