import type { WritePlan } from "../core/plan/writePlan";
import { sheetLimitProblem } from "../workbook/planLimits";
import { isValidRowHeight } from "../workbook/rowHeightRuns";
import { OfficeRequestError } from "./errors";

/** Excel would reject the height mid-write, after earlier requests had changed the workbook. */
function refuseRowHeights(plan: WritePlan): void {
  for (const s of plan.sheets) {
    const bad = (s.rowHeights ?? []).find((h) => !isValidRowHeight(h));
    if (!bad) continue;
    throw new OfficeRequestError(
      "InvalidArgument",
      `Could not write to the workbook: row ${bad.row + 1} of “${s.name}” cannot be ${bad.height} pt high (Excel allows above 0 up to 409). Nothing was changed.`,
      `无法写入工作簿：“${s.name}”第 ${bad.row + 1} 行的行高不能为 ${bad.height} 磅（Excel 允许大于 0、最多 409）。未做任何更改。`,
    );
  }
}

/**
 * Merges that overlap, leave the sheet or would drop a value; a rotation, font name, paper size,
 * margin or footer Excel refuses (see workbook/planLimits): Excel would stop the write there.
 */
function refuseLimits(plan: WritePlan): void {
  for (const s of plan.sheets) {
    const problem = sheetLimitProblem(s);
    if (!problem) continue;
    throw new OfficeRequestError(
      "InvalidArgument",
      `Could not write to the workbook: ${problem.en}. Nothing was changed.`,
      `无法写入工作簿：${problem.zh}。未做任何更改。`,
    );
  }
}

/**
 * Refused before any request: a plan that would create a sheet its read found already there
 * (writing it would overwrite a sheet the add-in does not own), one with a row height Excel
 * cannot take, and one with merges or settings Excel cannot take.
 */
export function refusePlan(plan: WritePlan): void {
  const taken = plan.sheets.find((s) => s.mode === "create" && s.exists);
  if (taken) {
    throw new OfficeRequestError(
      "ItemAlreadyExists",
      `Could not write to the workbook: a sheet named “${taken.name}” already exists and is not one the add-in made. Nothing was changed; rename that sheet and try again.`,
      `无法写入工作簿：已有名为“${taken.name}”的工作表，且不是加载项创建的。未做任何更改；请重命名该工作表后重试。`,
    );
  }
  const update = plan.sheets.find((s) => s.mode === "update" && (!s.exists || s.owner));
  if (update) {
    throw new OfficeRequestError(
      "InvalidArgument",
      `Could not write to the workbook: “${update.name}” ${update.exists ? "is the planner's sheet and cannot become the add-in's" : "is not in the workbook"}. Nothing was changed.`,
      `无法写入工作簿：“${update.name}”${update.exists ? "是用户的工作表，不能由加载项接管" : "不在工作簿中"}。未做任何更改。`,
    );
  }
  refuseRowHeights(plan);
  refuseLimits(plan);
}
