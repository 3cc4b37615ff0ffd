import type { Finding } from "../../core/finding";
import { inputSheetOrder, sortFindings } from "../../core/report/sortFindings";
import type { ParsedWorkbook } from "../../core/schema/parseWorkbook";
import { MAX_NEXT_STEPS } from "./types";

/** The findings to act on first: errors, then warnings, each by input sheet then top to bottom, as the Issues sheet lists them. */
export function nextSteps(parsed: ParsedWorkbook, findings: readonly Finding[]): Finding[] {
  const actionable = findings.filter((f) => f.severity === "error" || f.severity === "warning");
  return sortFindings(actionable, inputSheetOrder(parsed)).slice(0, MAX_NEXT_STEPS);
}
