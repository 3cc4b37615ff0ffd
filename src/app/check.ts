import type { Finding } from "../core/finding";
import type { Lang } from "../core/i18n";
import { outputTarget } from "../core/plan/outputTarget";
import { readPrintSettings, withPrintSettings } from "../core/plan/printSetup";
import type { WritePlan } from "../core/plan/writePlan";
import { inputSheetOrder, sortFindings } from "../core/report/sortFindings";
import { runRules } from "../core/rules/engine";
import { ALL_RULES } from "../core/rules/registry";
import type { LocalDate } from "../core/schema/normalize/dates";
import { BUDGET_REVIEW_SHEET_NAME, budgetReviewSheet } from "../core/report/budgetReview";
import { daysBetween } from "../core/schema/normalize/dates";
import { ISSUES_SHEET_NAME, issuesSheet } from "../core/report/issuesSheet";
import type { ParsedWorkbook } from "../core/schema/parseWorkbook";
import type { ApplyReport, WorkbookGateway } from "../workbook/gateway";
import { listedPeople } from "../core/schema/roster/people";
import { readInputs } from "./readInputs";
import { summarize } from "./summarizeWorkbook";
import type { WorkbookSummary } from "./summary";

export interface CheckResult {
  parsed: ParsedWorkbook;
  summary: WorkbookSummary;
  /** Sorted: errors first, then by sheet and cell. */
  findings: Finding[];
  plan: WritePlan;
  reads: number;
  /** Present when the plan was written. */
  applied?: ApplyReport;
}

export interface CheckOptions {
  lang?: Lang;
  /** The planner's today, "YYYY-MM-DD" (the pane and the command line pass the local date). */
  today: LocalDate;
  /** Compute the plan but do not write it. */
  dryRun?: boolean;
  onProgress?: (step: "read" | "check" | "write", done: number, total: number) => void;
}

/** The Check command: read → parse → workflow rules → 检查结果 / Issues and 预算审核 / Budget Review sheets. */
export async function check(gateway: WorkbookGateway, opts: CheckOptions): Promise<CheckResult> {
  opts.onProgress?.("read", 0, 1);
  const { parsed, snapshot, reads } = await readInputs(gateway);
  opts.onProgress?.("check", 0, 1);
  const lang = opts.lang ?? parsed.lang;
  const target = outputTarget(snapshot, "issues", ISSUES_SHEET_NAME[lang]);
  const sheetOrder = [...inputSheetOrder(parsed), ...snapshot.sheetNames];
  const rules = runRules(parsed, ALL_RULES, opts.today);
  const print = readPrintSettings(parsed.event, lang);
  const findings = sortFindings([...parsed.findings, ...rules.findings, ...print.findings], sheetOrder);
  const planned: WritePlan = {
    sheets: [
      issuesSheet({
        target,
        lang,
        findings,
        sheetOrder,
        existingSheets: snapshot.sheetNames,
        subtitle: parsed.event.fields.name?.value,
      }),
    ],
  };
  const start = parsed.event.fields.start?.value.date;
  const end = parsed.event.fields.end?.value.date ?? start;
  const span = start && end ? daysBetween(start, end) : NaN;
  planned.sheets.push(
    budgetReviewSheet({
      target: outputTarget(snapshot, "budgetReview", BUDGET_REVIEW_SHEET_NAME[lang]),
      lang,
      budget: parsed.budget,
      event: parsed.event,
      attendees: listedPeople(parsed).filter((r) => r.fields.status?.value === "confirmed").length,
      meetingDays: span >= 0 ? span + 1 : undefined,
      findings: findings.filter((f) => f.sheet === parsed.budget.sheet),
    }),
  );
  const plan = withPrintSettings(planned, print.settings);
  const result: CheckResult = { parsed, summary: { ...summarize(parsed, lang), findings }, findings, plan, reads };
  if (!opts.dryRun) {
    result.applied = await gateway.apply(plan, (p) => opts.onProgress?.("write", p.done, p.total));
  }
  return result;
}
