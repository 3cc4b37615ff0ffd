/**
 * Chinese resident ID numbers (居民身份证号): 18 characters, 17 digits and a check character
 * (ISO 7064 MOD 11-2, "X" for 10), or the 15 digits of first-generation cards.
 */

const EIGHTEEN = /^\d{17}[\dX]$/;
const FIFTEEN = /^\d{15}$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = "10X98765432";

function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

export function isResidentIdNumber(text: string): boolean {
  const s = text.trim().toUpperCase();
  if (FIFTEEN.test(s)) return true;
  return EIGHTEEN.test(s) && checkCharacter(s) === s[17];
}

const FIRST_18_DIGIT = 1e17;
const PAST_18_DIGITS = 1e18;

/**
 * An 18-digit ID typed into a number cell: Excel kept only 15 significant digits, so the check
 * character is lost, but the birth date (digits 7–14) survives and must be a real one.
 */
export function isCutIdNumber(n: number): boolean {
  if (!Number.isFinite(n) || n < FIRST_18_DIGIT || n >= PAST_18_DIGITS) return false;
  const digits = String(Number(n.toPrecision(15))).padStart(18, "0");
  if (!/^\d{18}$/.test(digits)) return false;
  const year = Number(digits.slice(6, 10));
  const month = Number(digits.slice(10, 12));
  const day = Number(digits.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2099 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
