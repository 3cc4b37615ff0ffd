import type { Rule } from "../types";
import { vipUnconfirmed } from "./vipUnconfirmed";

/** The roster rules, in the order they run. */
export const ROSTER_RULES: readonly Rule[] = [vipUnconfirmed];
