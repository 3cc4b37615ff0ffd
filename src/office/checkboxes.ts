import type { RangeRef } from "../core/plan/writePlan";
import type { RequirementCheck } from "./excelRun";
import type { WriteSession } from "./writeSession";

/**
 * Checkbox cells came with ExcelApi 1.18. On older hosts (and for co-authors on them) the same
 * cells simply show TRUE/FALSE, so the workbook stays usable everywhere.
 */
export function supportsCheckboxes(requirements: RequirementCheck): boolean {
  return requirements("ExcelApi", "1.18");
}

/** Excel.CellControlType.checkbox is "Checkbox"; the string keeps the enum object out of older hosts' way. */
const CHECKBOX = { type: "Checkbox" } as unknown as Excel.CheckboxCellControl;

/** Turns the boolean cells of the range into checkboxes, on hosts that have them. */
export function applyCheckboxes(session: WriteSession, sheet: string, range: RangeRef): void {
  if (session.checkboxes) session.sheet(sheet).getRangeByIndexes(range.row, range.col, range.rows, range.cols).control = CHECKBOX;
}
