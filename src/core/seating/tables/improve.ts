import type { Objective } from "./objective";
import type { Rng } from "./prng";
import { repackSweep } from "./repackSweep";
import type { Seating } from "./seating";
import { tabuSearch } from "./tabu";
import type { OptimiseOptions, TableProblem } from "./types";

/**
 * The search after the constructive start: repacking the worst spots first (it merges split
 * delegations and seats lone guests with their own, which single moves on full tables cannot),
 * the tabu search from there, and a last repack of what the tabu search left. With no iterations
 * the start is the plan. Every step keeps the hard rules; returns false when cancelled.
 */
export function improve(s: Seating, obj: Objective, rng: Rng, problem: TableProblem, options: OptimiseOptions): boolean {
  if (Math.floor(options.iterations) <= 0) return tabuSearch(s, obj, rng, options);
  const stop = () => options.shouldCancel?.() ?? false;
  // Mixing wants organisations apart, so repacking by organisation serves together mode only.
  const repack = () => problem.mode !== "together" || (repackSweep(s, obj, tableCosts(s, obj), rng, stop), !stop());
  return repack() && tabuSearch(s, obj, rng, options) && repack();
}

function tableCosts(s: Seating, obj: Objective): number[] {
  return s.members.map((_, t) => obj.cost(s, t));
}
