import type { WritePlan } from "../core/plan/writePlan";
import { DEFAULT_CHUNK_BYTES } from "../workbook/chunk";
import type { ApplyProgress, ApplyReport, WorkbookGateway, WorkbookSnapshot } from "../workbook/gateway";
import { applyPlan } from "./applyPlan";
import { defaultRequirementCheck, defaultRun, type ExcelRun, type RequirementCheck } from "./excelRun";
import { readWorkbook } from "./readWorkbook";

export interface OfficeGatewayOptions {
  /** Office.context.requirements.isSetSupported by default. */
  isSetSupported?: RequirementCheck;
  /** Request budget in bytes (default about 4 MB, under Excel on the web's 5 MB). */
  budgetBytes?: number;
}

/**
 * The workbook gateway inside Excel. `run` is Excel.run; tests pass a fake one.
 * Failures come out as OfficeRequestError with a Chinese and an English message.
 */
export function createOfficeGateway(run: ExcelRun = defaultRun, options: OfficeGatewayOptions = {}): WorkbookGateway {
  const budget = options.budgetBytes ?? DEFAULT_CHUNK_BYTES;
  const requirements = options.isSetSupported ?? defaultRequirementCheck;
  return {
    read(sheetNames: readonly string[]): Promise<WorkbookSnapshot> {
      return readWorkbook(run, sheetNames, budget);
    },
    apply(plan: WritePlan, onProgress?: (p: ApplyProgress) => void): Promise<ApplyReport> {
      return applyPlan(run, plan, onProgress, { requirements, budget });
    },
  };
}
