import ExcelJS from "exceljs";
import type { CellValue } from "../../core/cellValue";
import { dateToSerial } from "./dateSerial";

type Raw = ExcelJS.CellValue;

function isObject(v: Raw): v is Exclude<Raw, null | undefined | number | string | boolean | Date> & object {
  return typeof v === "object" && v !== null && !(v instanceof Date);
}

/** A plain value, a date, an error or rich text, as the Office convention has it. */
function simple(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) {
    const serial = dateToSerial(v, date1904);
    return Number.isNaN(serial) ? "" : serial;
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return o.error;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
  }
  return "";
}

/**
 * One ExcelJS cell as Excel's `Range.values` would show it: "" for empty (and for the covered
 * cells of a merge), numbers, booleans, strings; rich text and links as their text; a formula
 * as its stored result ("" when the file holds none); an error as its text; a date as its serial.
 */
export function toCellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return "";
  const v = cell.value;
  if (!isObject(v)) return simple(v, date1904);
  // cell.value drops a result of 0 or FALSE (ExcelJS copies only truthy fields); cell.result keeps it.
  if ("formula" in v || "sharedFormula" in v) return simple(cell.result ?? (v as { result?: unknown }).result, date1904);
  if ("hyperlink" in v) return simple((v as { text?: unknown }).text, date1904);
  return simple(v, date1904);
}
