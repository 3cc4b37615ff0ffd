import type { Finding } from "../../core/finding";
import { runRules } from "../../core/rules/engine";
import { vipUnconfirmed } from "../../core/rules/roster/vipUnconfirmed";
import { overdue } from "../../core/rules/tasks/overdue";
import { missingHotel } from "../../core/rules/travel/missingHotel";
import type { Rule } from "../../core/rules/types";
import type { LocalDate } from "../../core/schema/normalize/dates";
import type { ParsedWorkbook } from "../../core/schema/parseWorkbook";
import { inSheetOrder } from "./cellLinks";
import type { OverviewCount, OverviewCountKey } from "./types";

/** The counts a rule decides, by the rule that decides them: the Overview counts its findings and never judges for itself. */
export const COUNTED_RULES: readonly { key: OverviewCountKey; rule: Rule }[] = [
  { key: "vipUnconfirmed", rule: vipUnconfirmed },
  { key: "hotelMissing", rule: missingHotel },
  { key: "tasksOverdue", rule: overdue },
];

/**
 * Which of the counted rules the engine runs on this workbook: not one switched off on the Event
 * sheet (关闭的规则), nor one whose sheet or column is missing. Asked of the engine itself, with
 * the rules' checks left out, so its reasons are never restated here.
 */
function rulesThatRun(parsed: ParsedWorkbook, today: LocalDate): Set<string> {
  const gates = COUNTED_RULES.map(({ rule }): Rule => ({ ...rule, run: () => [] }));
  return new Set(runRules(parsed, gates, today).ran);
}

/** One count per counted rule that runs: how many of its findings there are, and their cells. */
export function ruleCounts(parsed: ParsedWorkbook, findings: readonly Finding[], today: LocalDate): OverviewCount[] {
  const ran = rulesThatRun(parsed, today);
  return COUNTED_RULES.filter(({ rule }) => ran.has(rule.id)).map(({ key, rule }) => {
    const own = findings.filter((f) => f.id === rule.id);
    const cells = inSheetOrder(own.map((f) => ({ sheet: f.sheet, cell: f.cell })));
    return { key, value: own.length, ...(cells.length > 0 ? { link: cells[0] } : {}), cells };
  });
}
