import type { Rule } from "../types";
import { dependencyOpen } from "./dependencyOpen";
import { dependencyUnknown } from "./dependencyUnknown";
import { dueSoon } from "./dueSoon";
import { noOwner } from "./noOwner";
import { overdue } from "./overdue";
import { preMeetingLate } from "./preMeetingLate";

/** The tasks rules, in the order they run: deadlines first, then owners, then dependencies. */
export const TASKS_RULES: readonly Rule[] = [overdue, preMeetingLate, dueSoon, noOwner, dependencyOpen, dependencyUnknown];
