/**
 * Phone numbers in the forms Chinese rosters carry them: mobiles ("138 0013 8000",
 * "+86 138-0013-8000"), landlines with area code and extension ("010-12345678-123",
 * "(0755)1234567转8") and international numbers ("+44 20 7946 0958").
 */
import { prepare } from "./prepare";

const SEPARATORS = /[\s\-.()]/g;
const MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
// Area codes starting 1 or 2 (010, 021, 02x) have 8-digit numbers; the rest 7 or 8.
const LANDLINE_DIGITS = /^0(?:[12]\d\d{8}|[3-9]\d{2}\d{7,8})$/;
const EXTENSION = /^(.*?)(?:-|转|分机|ext\.?|x|#)(\d{1,6})$/;
const CN_PREFIX = /^(?:\+86|0086)/;
const INTERNATIONAL = /^(?:\+|00)(\d{8,15})$/;

interface Phone {
  /** Digits of the number without a +86 prefix, with the trunk 0 of landlines. */
  digits: string;
  extension?: string;
}

function landlineDigits(main: string): string | undefined {
  const hadPrefix = CN_PREFIX.test(main);
  let digits = main.replace(CN_PREFIX, "").replace(SEPARATORS, "");
  if (hadPrefix && !digits.startsWith("0")) digits = "0" + digits; // "+86 10 …" drops the trunk 0
  return /^\d+$/.test(digits) && LANDLINE_DIGITS.test(digits) ? digits : undefined;
}

function readLandline(s: string): Phone | undefined {
  const whole = landlineDigits(s);
  if (whole) return { digits: whole };
  // Only when the whole is not a number: "010-1234-5678" has no extension 5678.
  const ext = EXTENSION.exec(s);
  const digits = ext ? landlineDigits(ext[1]) : undefined;
  return ext && digits ? { digits, extension: ext[2] } : undefined;
}

function readPhone(raw: string): Phone | undefined {
  const s = prepare(raw).replace(/\s+/g, "");
  const compact = s.replace(SEPARATORS, "");
  const mobile = MOBILE.exec(compact);
  if (mobile) return { digits: mobile[1] };
  const landline = readLandline(s);
  if (landline) return landline;
  if (CN_PREFIX.test(compact)) return undefined; // +86 numbers must be Chinese ones
  const intl = INTERNATIONAL.exec(compact);
  return intl ? { digits: compact.startsWith("+") ? compact : "+" + compact.slice(2) } : undefined;
}

export function isValidPhone(s: string): boolean {
  return readPhone(s) !== undefined;
}

/**
 * A number as other countries write it at home ("(555) 123-4567", "0412 555 100", "020 7946
 * 0958"): 7 to 15 digits with the usual separators, not starting 1. Not proof of a valid number
 * (that needs the country's plan), but the same such digits beside the same name are one person.
 */
export function isNationalNumber(s: string): boolean {
  const t = prepare(s).trim();
  if (!/^\+?[\d\s\-.()]+$/.test(t)) return false;
  const digits = t.replace(/\D/g, "");
  // Digits starting 1 read as a Chinese mobile: one a digit short or long is a typing slip.
  return digits.length >= 7 && digits.length <= 15 && !digits.startsWith("1");
}

/**
 * A key for spotting the same number typed twice: digits only, no +86 prefix, extension after
 * "#" ("01012345678#123"). International numbers keep their "+" and country code. Text that is
 * not a phone number gives its digits, or "" when it has none.
 */
export function phoneKey(s: string): string {
  const phone = readPhone(s);
  if (!phone) return prepare(s).replace(/\D/g, "");
  return phone.extension ? `${phone.digits}#${phone.extension}` : phone.digits;
}
