/** The shape of Excel.run; injected so tests can run the gateway against a fake workbook. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office.context.requirements.isSetSupported, injected so tests can play older hosts. */
export type RequirementCheck = (set: string, version: string) => boolean;

/**
 * Excel.run, waiting while the planner is typing in a cell where the host can (ExcelApi 1.11):
 * otherwise a write made mid-edit fails with InvalidOperation.
 */
export const defaultRun: ExcelRun = (batch) =>
  defaultRequirementCheck("ExcelApi", "1.11") ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch);

export const defaultRequirementCheck: RequirementCheck = (set, version) => {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
};
