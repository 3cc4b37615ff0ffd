import type { Rule } from "../types";

/** The travel rules, in the order they run. */
export const TRAVEL_RULES: readonly Rule[] = [];
