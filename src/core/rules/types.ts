import type { Finding, Severity } from "../finding";
import type { Bilingual } from "../i18n";
import type { LocalDate } from "../schema/normalize/dates";
import type { ParsedWorkbook } from "../schema/parseWorkbook";
import type { SheetKey } from "../schema/sheetDef";
import type { RuleSettings } from "./settings";

export type RuleFamily = "roster" | "travel" | "budget" | "tasks" | "notice" | "hygiene";

/** Columns a rule reads; when one is missing from a sheet that exists, the rule is switched off with one info finding. */
export interface RuleNeeds {
  sheet: SheetKey;
  columns: readonly string[];
}

export interface RuleContext {
  wb: ParsedWorkbook;
  /** The planner's today, "YYYY-MM-DD": an argument, never read from a clock in the core. */
  today: LocalDate;
  settings: RuleSettings;
}

/**
 * One workflow rule: a small pure function from the parsed workbook to findings.
 * Every finding it returns carries this rule's id, a sheet and an A1 cell.
 */
export interface Rule {
  /** "family.name", e.g. "roster.vip-unconfirmed". */
  id: string;
  family: RuleFamily;
  /** The usual severity; a rule may return a stronger or weaker one per finding (e.g. warning at 7 days, error at 3). */
  severity: Severity;
  /** A short name, for the settings that switch rules off and for documentation. */
  title: Bilingual;
  needs: readonly RuleNeeds[];
  run(ctx: RuleContext): Finding[];
}
