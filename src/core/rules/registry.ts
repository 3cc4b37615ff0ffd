import { BUDGET_RULES } from "./budget";
import { HYGIENE_RULES } from "./hygiene";
import { NOTICE_RULES } from "./notice";
import { ROSTER_RULES } from "./roster";
import { TASKS_RULES } from "./tasks";
import { TRAVEL_RULES } from "./travel";
import type { Rule } from "./types";

/** Every workflow rule, family by family: the order findings of equal severity keep. */
export const ALL_RULES: readonly Rule[] = [
  ...ROSTER_RULES,
  ...TRAVEL_RULES,
  ...BUDGET_RULES,
  ...TASKS_RULES,
  ...NOTICE_RULES,
  ...HYGIENE_RULES,
];
