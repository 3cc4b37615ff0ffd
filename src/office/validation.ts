import type { ListValidation } from "../core/plan/writePlan";
import type { WriteSession } from "./writeSession";

/**
 * A drop-down list on a range (ExcelApi 1.8). Any earlier rule is cleared first, since Excel
 * refuses a new rule over a different one. Strict lists stop other entries; the others warn.
 */
export function applyListValidation(session: WriteSession, sheet: string, v: ListValidation): void {
  const prepared = session.listSources.get(v);
  if (!prepared) return; // an empty list validates nothing
  const { row, col, rows, cols } = v.range;
  if (rows < 1 || cols < 1) return;
  const ws = session.sheet(sheet);
  const dv = ws.getRangeByIndexes(row, col, rows, cols).dataValidation;
  dv.clear();
  dv.rule = { list: { inCellDropDown: true, source: prepared.source } };
  dv.errorAlert = { showAlert: true, style: v.strict ? "Stop" : "Warning", title: "", message: "" };
  if (prepared.helperCol !== undefined) ws.getRangeByIndexes(0, prepared.helperCol, 1, 1).columnHidden = true;
}
