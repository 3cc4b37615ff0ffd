import { isBlank, isExcelError, type CellValue } from "../../cellValue";

/** Why a cell could not be read as the type its column expects. */
export type CellFailureReason = "empty" | "invalid" | "error";

export interface CellFailure {
  ok: false;
  reason: CellFailureReason;
}

export function failure(reason: CellFailureReason): CellFailure {
  return { ok: false, reason };
}

/** The failure every parser shares: an empty cell or an Excel error value; undefined otherwise. */
export function emptyOrError(v: CellValue): CellFailure | undefined {
  if (isBlank(v)) return failure("empty");
  if (typeof v === "string" && isExcelError(v.trim())) return failure("error");
  return undefined;
}
