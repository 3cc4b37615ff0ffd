import type { Rule } from "../types";

/** The tasks rules, in the order they run. */
export const TASKS_RULES: readonly Rule[] = [];
