/**
 * The one field a single cell's value fits, for recognising columns without a header. When a
 * value fits several, the more specific reading wins: contact details and ID numbers first, then
 * gender, job titles and organisations, and names last — "主任" is a title and "市财政局" an
 * organisation even though both start with a surname.
 */
import { isExcelError, type CellValue } from "../../cellValue";
import { emailParts, phoneParts } from "../normalize/contactParts";
import { isValidEmail } from "../normalize/email";
import { isValidPhone } from "../normalize/phone";
import { plainNumberText } from "../normalize/plainNumber";
import { foldText } from "../normalize/text";
import { isChineseName } from "./chineseName";
import { isGenderText } from "./gender";
import { isCutIdNumber, isResidentIdNumber } from "./idNumber";
import { isLatinName } from "./latinName";
import { isOrganisationLike } from "./organisationLike";
import { isTitleLike } from "./titleLike";

export type GuessedField = "name" | "gender" | "organisation" | "title" | "phone" | "email" | "idNumber";

const FIRST_11_DIGIT = 1e10;
const PAST_11_DIGITS = 1e11;

/** A cell may hold two numbers or addresses ("13800138000、010-12345678"); all must be valid. */
function allValid(parts: readonly string[], valid: (s: string) => boolean): boolean {
  return parts.length > 0 && parts.every(valid);
}

function numberField(n: number): GuessedField | undefined {
  if (!Number.isInteger(n) || n <= 0) return undefined;
  if (n >= FIRST_11_DIGIT && n < PAST_11_DIGITS) return "phone";
  const digits = plainNumberText(n);
  if (isResidentIdNumber(digits) || isCutIdNumber(n)) return "idNumber";
  return isValidPhone(digits) ? "phone" : undefined;
}

function textField(t: string): GuessedField | undefined {
  if (allValid(emailParts(t), isValidEmail)) return "email";
  if (isResidentIdNumber(t)) return "idNumber";
  if (allValid(phoneParts(t), isValidPhone)) return "phone";
  if (isGenderText(t)) return "gender";
  if (isTitleLike(t)) return "title";
  if (isOrganisationLike(t)) return "organisation";
  if (isChineseName(t) || isLatinName(t)) return "name";
  return undefined;
}

/** The field a cell fits, or undefined (also for blanks, booleans and Excel errors). */
export function fieldOfCell(v: CellValue): GuessedField | undefined {
  if (typeof v === "number") return numberField(v);
  if (typeof v !== "string" || isExcelError(v)) return undefined;
  const t = foldText(v);
  return t === "" ? undefined : textField(t);
}
