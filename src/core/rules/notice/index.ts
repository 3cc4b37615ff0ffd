import type { Rule } from "../types";
import { contactMissing } from "./contactMissing";
import { elementMissing } from "./elementMissing";
import { relativeDate } from "./relativeDate";
import { venueImprecise } from "./venueImprecise";

/** The notice rules, in the order they run: what is missing, then what is unclear. */
export const NOTICE_RULES: readonly Rule[] = [elementMissing, contactMissing, relativeDate, venueImprecise];
