/**
 * Text folding: what planners type and paste is full of full-width characters, ideographic
 * spaces (U+3000), non-breaking and zero-width spaces. Fold them before comparing or storing.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0\u3000]+/g;

/** Full-width ASCII (U+FF01–U+FF5E) to half-width, U+3000 to a space. */
export function toHalfWidth(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += s[i];
  }
  return out;
}

/** Anything foldText would change; most cells have none of it, and every roster cell passes here. */
const NEEDS_FOLD = /[\uFF01-\uFF5E\u3000\u00A0\u200B-\u200D\u2060\uFEFF\t\n\v\f\r\u1680\u2000-\u200A\u2028\u2029\u202F\u205F]|^ | $|  /;

/**
 * Text as the planner typed it, for writing back out (badges, sign-in sheets, tents): only the
 * invisible removed — zero-width characters, and whitespace at either end. Full-width brackets
 * and spaces inside stay: 中国（北京） prints as typed. Compare with foldText / foldKey.
 */
export function displayText(s: string): string {
  return s.replace(ZERO_WIDTH, "").replace(/^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/g, "");
}

/** Half-width, zero-width characters removed, whitespace runs collapsed, trimmed. */
export function foldText(s: string): string {
  if (!NEEDS_FOLD.test(s)) return s;
  return toHalfWidth(s).replace(ZERO_WIDTH, "").replace(SPACES, " ").trim();
}

/**
 * A key for matching headers, sheet names and enum values: folded, lower-case, without
 * spaces or decorations such as "*", ":", brackets and "（必填）"-style hints.
 */
export function foldKey(s: string): string {
  return foldText(s)
    .toLowerCase()
    .replace(/[(\[【（].*?[)\]】）]/g, "")
    .replace(/[\s*:：_\-—./\\·•、'"“”‘’]/g, "");
}
