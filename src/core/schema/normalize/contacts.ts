/**
 * ID, phone and room numbers. They stay text: a number cell becomes the digits the planner sees
 * (no exponent, no ".0"), and a long number Excel has already cut to 15 digits is flagged.
 */
import type { CellValue } from "../../cellValue";
import { emptyOrError, failure, type CellFailure } from "./cellResult";
import { plainNumberText } from "./plainNumber";
import { foldText } from "./text";

export { isValidPhone, phoneKey } from "./phone";
export { isValidEmail, emailKey } from "./email";

export type IdTextParse = { ok: true; value: string; precisionLost: boolean } | CellFailure;

/**
 * Excel keeps 15 significant digits, so a 16-digit or longer number (an 18-digit 身份证号, a
 * bank card) typed into a number cell has already lost its last digits.
 */
const FIFTEEN_DIGITS = 1e15;
// "1.10101E+17": such a number after a trip through a CSV file or a text cell.
const EXPONENT_TEXT = /^[+-]?\d(?:\.\d+)?e\+?\d+$/i;

export function textOfIdCell(v: CellValue): IdTextParse {
  const blank = emptyOrError(v);
  if (blank) return blank;
  if (typeof v === "boolean") return failure("invalid");
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return failure("invalid");
    return { ok: true, value: plainNumberText(v), precisionLost: Math.abs(v) >= FIFTEEN_DIGITS };
  }
  const value = foldText(v);
  return { ok: true, value, precisionLost: EXPONENT_TEXT.test(value) };
}
