import type { Finding } from "../../core/finding";
import { sortFindings } from "../../core/report/sortFindings";
import type { ParsedWorkbook } from "../../core/schema/parseWorkbook";
import { MAX_NEXT_STEPS } from "./types";

/** The findings to act on first: errors, then warnings, each by input sheet then top to bottom, as the Issues sheet lists them. */
export function nextSteps(parsed: ParsedWorkbook, findings: readonly Finding[]): Finding[] {
  const inputOrder = [parsed.event, parsed.roster, parsed.budget, parsed.tasks, parsed.hotels].flatMap((p) => (p.sheet ? [p.sheet] : []));
  const actionable = findings.filter((f) => f.severity === "error" || f.severity === "warning");
  return sortFindings(actionable, inputOrder).slice(0, MAX_NEXT_STEPS);
}
