import type { Rule } from "../types";

/** The hygiene rules, in the order they run. */
export const HYGIENE_RULES: readonly Rule[] = [];
