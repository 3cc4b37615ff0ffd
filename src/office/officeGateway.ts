import type { WritePlan } from "../core/plan/writePlan";
import { DEFAULT_CHUNK_BYTES } from "../workbook/chunk";
import type { ApplyProgress, ApplyReport, ReadOptions, WorkbookGateway, WorkbookSnapshot } from "../workbook/gateway";
import { supportsCheckboxes } from "./checkboxes";
import { defaultRequirementCheck, defaultRun, type ExcelRun, type RequirementCheck } from "./excelRun";
import { readWorkbook } from "./readWorkbook";
import { TablesSeen } from "./tablesSeen";

/** Writing (chunking, staging, formats, verification) loads with the first write: the pane opens by reading only. */
function loadApply() {
  return import(/* webpackChunkName: "office-write" */ "./applyPlan");
}

export interface OfficeGatewayOptions {
  /** Office.context.requirements.isSetSupported by default. */
  isSetSupported?: RequirementCheck;
  /** Request budget in bytes (default about 4 MB, under Excel on the web's 5 MB). */
  budgetBytes?: number;
}

/**
 * The workbook gateway inside Excel. `run` is Excel.run; tests pass a fake one.
 * Failures come out as OfficeRequestError with a Chinese and an English message.
 * It keeps the tables its last read saw, for the write that follows (see TablesSeen).
 */
export function createOfficeGateway(run: ExcelRun = defaultRun, options: OfficeGatewayOptions = {}): WorkbookGateway {
  const budget = options.budgetBytes ?? DEFAULT_CHUNK_BYTES;
  const requirements = options.isSetSupported ?? defaultRequirementCheck;
  const tables = new TablesSeen();
  let sheetsSeen: readonly string[] = [];
  return {
    async read(sheetNames: readonly string[], readOptions?: ReadOptions): Promise<WorkbookSnapshot> {
      const read = await readWorkbook(run, sheetNames, budget, readOptions, requirements);
      tables.replaceAll(read.tables);
      sheetsSeen = read.snapshot.sheetNames;
      return read.snapshot;
    },
    supports(feature: "checkboxes"): boolean {
      return feature === "checkboxes" && supportsCheckboxes(requirements);
    },
    async apply(plan: WritePlan, onProgress?: (p: ApplyProgress) => void): Promise<ApplyReport> {
      try {
        const { applyPlan } = await loadApply();
        const report = await applyPlan(run, plan, onProgress, {
          requirements,
          budget,
          tablesSeen: (s) => tables.on(s),
          allTables: () => tables.all(),
          sheetsSeen: () => sheetsSeen,
        });
        tables.written(plan);
        return report;
      } catch (e) {
        tables.forget(plan);
        throw e;
      }
    },
  };
}
