import type { Rule } from "../types";
import { ambiguousDate } from "./ambiguousDate";
import { dateAsText } from "./dateAsText";
import { numberAsText } from "./numberAsText";

/** The hygiene rules, in the order they run: a date that may be wrong before cells that merely look untidy to Excel. */
export const HYGIENE_RULES: readonly Rule[] = [ambiguousDate, dateAsText, numberAsText];
