/**
 * Text that must stay text when written through Office.js.
 *
 * A string assigned to `Range.values` is parsed as if typed: "=1+1" becomes a formula, "0012"
 * the number 12, "2026-03-15" a date, "TRUE" a boolean, "50%" a percentage, "#N/A" an error.
 * A leading apostrophe tells Excel "this is text"; it is not part of the stored value.
 *
 * The test here is deliberately wider than Excel's parser (which varies with locale and
 * version): when a string could plausibly be read as anything but itself, it is guarded.
 * Ordinary words in any script are left alone.
 */

const FORMULA_START = /^[=+\-@'＝＋－]/;

const BOOLEAN = /^(true|false)$/i;

/** "#N/A", "#DIV/0!", "#REF!", "#NAME?", "#SPILL!" … and anything shaped like them. */
const ERROR_LITERAL = /^#[a-z0-9/_]+[!?]?$/i;

/**
 * Only digits and the characters numbers, dates, times, fractions, percentages and currency
 * amounts are written with.
 */
const NUMERIC_CHARS = /^[0-9.,:/\\\-+eE%()$¥€£￥₩₹ \t]*$/;

/** Chinese/Japanese date and time words ("2026年3月15日", "10时30分", "下午3点"). */
const CJK_DATE_WORDS = /年|月|日|号|時|时|分|秒|点|上午|下午|午前|午後/g;

/** English month and weekday names, and AM/PM (also glued to digits: "10am"), as Excel's date parser accepts them. */
const EN_DATE_WORDS =
  /(?<![a-z])(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|jun(e)?|jul(y)?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?|a\.?m\.?|p\.?m\.?)(?![a-z])|(?<=[0-9] ?)[ap](?![a-z])/gi;

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/** Full-width ASCII (！ to ～) folds to half-width: Excel on East Asian systems reads "１２３" as 123. */
function foldFullWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

function hasDigit(s: string): boolean {
  return /[0-9]/.test(s);
}

/** True when Excel could store `s` as something other than the same text. */
export function needsGuard(s: string): boolean {
  if (s === "") return false;
  if (FORMULA_START.test(s)) return true;
  const t = foldFullWidth(s).trim();
  if (t === "") return false;
  if (FORMULA_START.test(t)) return true;
  if (BOOLEAN.test(t)) return true;
  if (ERROR_LITERAL.test(t)) return true;
  if (!hasDigit(t)) return false;
  if (NUMERIC_CHARS.test(t)) return true;
  const withoutCjk = t.replace(CJK_DATE_WORDS, " ");
  if (withoutCjk !== t && NUMERIC_CHARS.test(withoutCjk)) return true;
  const withoutWords = withoutCjk.replace(EN_DATE_WORDS, " ");
  if (withoutWords !== withoutCjk && NUMERIC_CHARS.test(withoutWords)) return true;
  return false;
}

/** `s` with a leading apostrophe when Excel could turn it into anything but the same text. */
export function guardText(s: string): string {
  return needsGuard(s) ? `'${s}` : s;
}
