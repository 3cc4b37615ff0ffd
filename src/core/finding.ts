import type { Bilingual } from "./i18n";

export type Severity = "error" | "warning" | "info";

/**
 * One thing the user should look at: a parse problem or (later) a rule finding.
 * It always names the sheet and the cell (A1, or a range "A1:C1") it concerns.
 */
export interface Finding {
  /** Stable id of what produced it, e.g. "parse.date" or "roster.vip-unconfirmed". */
  id: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: Bilingual;
  fix?: Bilingual;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_ORDER[a] - SEVERITY_ORDER[b];
}
