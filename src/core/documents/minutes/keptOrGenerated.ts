import type { CellValue } from "../../cellValue";
import type { PreviousField } from "./previousMinutes";

const same = (a: CellValue, b: CellValue) => String(a).replace(/\r\n/g, "\n").trim() === String(b).replace(/\r\n/g, "\n").trim();

/**
 * A prefilled cell's new value: the recorder's when they changed what was generated last time
 * (it differs from its grey copy), else what is generated now, so an untouched field follows the
 * Event sheet and the roster.
 */
export function keptOrGenerated(prev: PreviousField | undefined, generated: string): CellValue {
  if (!prev || same(prev.value, prev.copy)) return generated;
  return prev.value;
}
