import type { Rule } from "../types";

/** The notice rules, in the order they run. */
export const NOTICE_RULES: readonly Rule[] = [];
