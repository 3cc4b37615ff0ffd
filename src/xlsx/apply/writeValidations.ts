import type ExcelJS from "exceljs";
import { a1Range } from "../../core/cellAddress";
import type { ListValidation } from "../../core/plan/writePlan";
import { addDataValidation } from "../excelJsInternals";
import type { ListSource } from "./listSources";

/**
 * Drop-down lists. Strict lists stop a value outside the list; the others warn and let it in.
 * The whole range is one validation (ExcelJS writes a range key as a single sqref).
 */
export function writeValidations(
  ws: ExcelJS.Worksheet,
  validations: readonly ListValidation[],
  sources: Map<ListValidation, ListSource>,
): void {
  for (const v of validations) {
    const source = sources.get(v);
    const { row, col, rows, cols } = v.range;
    if (!source || rows < 1 || cols < 1) continue;
    addDataValidation(ws, a1Range(row, col, rows, cols), {
      type: "list",
      allowBlank: true,
      formulae: [source.formula],
      showErrorMessage: true,
      errorStyle: v.strict ? "stop" : "warning",
    });
    if (source.helperCol !== undefined) ws.getColumn(source.helperCol + 1).hidden = true;
  }
}
