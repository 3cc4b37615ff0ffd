import type { Rule } from "../types";
import { badgeMismatch } from "./badgeMismatch";
import { inactiveSeated } from "./inactiveSeated";
import { invalidEmail } from "./invalidEmail";
import { invalidPhone } from "./invalidPhone";
import { possibleDuplicate } from "./possibleDuplicate";
import { requiredMissing } from "./requiredMissing";
import { vipUnconfirmed } from "./vipUnconfirmed";

/** The roster rules, in the order they run: complete rows, reachable people, one row each, then badges and replies. */
export const ROSTER_RULES: readonly Rule[] = [
  requiredMissing,
  invalidPhone,
  invalidEmail,
  possibleDuplicate,
  badgeMismatch,
  vipUnconfirmed,
  inactiveSeated,
];
