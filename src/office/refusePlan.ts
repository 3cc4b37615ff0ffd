import type { WritePlan } from "../core/plan/writePlan";
import { OfficeRequestError } from "./errors";

/**
 * A plan that would create a sheet its read found already there is refused before any request:
 * writing it would overwrite a sheet the add-in does not own.
 */
export function refusePlan(plan: WritePlan): void {
  const taken = plan.sheets.find((s) => s.mode === "create" && s.exists);
  if (!taken) return;
  throw new OfficeRequestError(
    "ItemAlreadyExists",
    `Could not write to the workbook: a sheet named “${taken.name}” already exists and is not one the add-in made. Nothing was changed; rename that sheet and try again.`,
    `无法写入工作簿：已有名为“${taken.name}”的工作表，且不是加载项创建的。未做任何更改；请重命名该工作表后重试。`,
  );
}
