import type { SheetWrite, WritePlan } from "../core/plan/writePlan";
import { markerName, sheetFromMarkerFormula } from "../workbook/ownership";
import { OfficeRequestError } from "./errors";
import { findSheetName } from "./ownedSheets";
import type { WorkbookNow } from "./preflight";

function sheetExists(name: string): OfficeRequestError {
  return new OfficeRequestError(
    "ItemAlreadyExists",
    `Could not write to the workbook: a sheet named “${name}” already exists and is not one the add-in made. Nothing was changed; rename that sheet and try again.`,
    `无法写入工作簿：已有名为“${name}”的工作表，且不是加载项创建的。未做任何更改；请重命名该工作表后重试。`,
  );
}

/** Where the sheet's ownership marker stands now: on this sheet, elsewhere or broken, or absent. */
function markerState(s: SheetWrite, now: WorkbookNow, exists: boolean): SheetWrite["marker"] {
  if (!s.owner) return s.marker;
  const wanted = markerName(s.owner).toLowerCase();
  const marker = now.names.find((n) => n.name.toLowerCase() === wanted);
  if (!marker) return "none";
  const target = sheetFromMarkerFormula(marker.formula);
  return exists && target !== null && target.toLowerCase() === s.name.toLowerCase() ? "current" : "stale";
}

/**
 * The plan checked against the workbook as it is now. A sheet to create that exists, or an
 * output sheet whose name is taken by a sheet the add-in does not own, stops the write before
 * anything changes (Office does not undo a half-run request). Existence and marker states are
 * taken from the workbook, so a co-author's change since the read cannot make the write
 * add a second sheet or a second marker.
 */
export function reconcilePlan(plan: WritePlan, now: WorkbookNow): WritePlan {
  return {
    sheets: plan.sheets.map((s) => {
      const actual = findSheetName(now.sheetNames, s.name);
      const exists = actual !== undefined;
      if (exists && s.mode === "create") throw sheetExists(actual);
      const marker = markerState(s, now, exists);
      if (exists && !s.exists && marker !== "current") throw sheetExists(actual);
      return { ...s, name: actual ?? s.name, exists, marker };
    }),
  };
}
