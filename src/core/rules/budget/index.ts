import type { Rule } from "../types";

/** The budget rules, in the order they run. */
export const BUDGET_RULES: readonly Rule[] = [];
