import type { Lang } from "../core/i18n";
import type { WritePlan } from "../core/plan/writePlan";
import { locateByName } from "../core/schema/locateSheets";
import { INPUT_SHEETS } from "../core/schema/sheets";
import { inputTemplate } from "../core/templates/inputTemplates";
import type { ApplyReport, WorkbookGateway } from "../workbook/gateway";

export interface InitResult {
  created: string[];
  /** Input sheets the workbook already has; they are left exactly as they are. */
  kept: string[];
  plan: WritePlan;
  applied?: ApplyReport;
}

/** Adds the input sheets the workbook does not have yet. Never touches an existing sheet. */
export async function initWorkbook(gateway: WorkbookGateway, lang: Lang): Promise<InitResult> {
  const snap = await gateway.read([]);
  const located = locateByName(snap.sheetNames, INPUT_SHEETS);
  const taken = new Set(snap.sheetNames.map((n) => n.toLowerCase()));
  const kept: string[] = [];
  const plan: WritePlan = { sheets: [] };
  for (const def of INPUT_SHEETS) {
    const existing = located[def.key];
    if (existing) {
      kept.push(existing.name);
      continue;
    }
    const sheet = inputTemplate(def, lang);
    if (taken.has(sheet.name.toLowerCase())) {
      kept.push(sheet.name);
      continue;
    }
    plan.sheets.push(sheet);
  }
  const result: InitResult = { created: plan.sheets.map((s) => s.name), kept, plan };
  if (plan.sheets.length > 0) result.applied = await gateway.apply(plan);
  return result;
}
