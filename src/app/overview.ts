import type { Finding } from "../core/finding";
import type { LocalDate } from "../core/schema/normalize/dates";
import type { ParsedWorkbook } from "../core/schema/parseWorkbook";
import { attendeeCounts } from "./overview/attendees";
import { budgetSummary } from "./overview/budget";
import { eventFacts } from "./overview/eventFacts";
import { nextSteps } from "./overview/nextSteps";
import { ruleCounts } from "./overview/ruleCounts";
import type { OverviewSummary } from "./overview/types";

export type {
  CellLink,
  OverviewBudget,
  OverviewBudgetCategory,
  OverviewCount,
  OverviewCountKey,
  OverviewEvent,
  OverviewSummary,
} from "./overview/types";
export { MAX_CELLS, MAX_NEXT_STEPS } from "./overview/types";
export { COUNTED_RULES } from "./overview/ruleCounts";

/**
 * The pane's first screen, the Overview: the meeting, how many have replied, what the rules found
 * that needs doing, and the budget. Pure. Every figure comes from where the rest of Huiwu takes it:
 * the attendee counts from the summary's (summarize), the rule counts from the `findings` of the
 * rules that decide them (pass the findings of a check: runRules over ALL_RULES, as `check` does),
 * the budget from the Budget Review's figures — so the Overview never disagrees with them.
 */
export function overview(parsed: ParsedWorkbook, findings: readonly Finding[], today: LocalDate): OverviewSummary {
  const budget = budgetSummary(parsed.budget, parsed.event, parsed.lang);
  return {
    event: eventFacts(parsed.event, today),
    counts: [...attendeeCounts(parsed), ...ruleCounts(parsed, findings, today)],
    ...(budget ? { budget } : {}),
    nextSteps: nextSteps(parsed, findings),
  };
}
