/**
 * Amounts typed as text: "12,000", "12，000", "12 000", "¥12,000", "RMB 1200", "1200元",
 * "1.2万", "3千", "(1,200)" (an accounting negative), "15%", full-width digits. Two numbers in
 * one cell ("100/200", "100-200") and misplaced separators ("12,00,0") are not read.
 */
import { prepare } from "./prepare";

const CURRENCY_BEFORE = /^(?:人民币|rmb|cny|usd|us\$|hk\$|hkd|eur|[¥￥$€£])\s*/;
const CURRENCY_AFTER = /\s*(?:元|圆|块|人民币|美元|欧元|港元|港币|rmb|cny|usd|hkd|eur|[¥￥$€£])$/;
const MULTIPLIERS: [RegExp, number][] = [
  [/\s*百万$/, 6],
  [/\s*千万$/, 7],
  [/\s*亿$/, 8],
  [/\s*万$/, 4],
  [/\s*千$/, 3],
  [/\s*百$/, 2],
  [/\s*k$/, 3],
  [/\s*w$/, 4], // "3k", and "3w" for 3万 in chat-style typing
];
const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/;
// Groups of exactly three digits, one separator kind throughout: "12,000,000.50", "12 000".
const GROUPED = /^\d{1,3}([, ])\d{3}(?:\1\d{3})*(?:\.\d+)?$/;

export interface NumberText {
  value: number;
  /** Typed with "%" (value already divided by 100). */
  percent: boolean;
}

export function parseNumberText(s: string): NumberText | undefined {
  let t = prepare(s);
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) t = paren[1].trim();
  // One sign at most, before or after a currency sign ("-¥1200", "¥-1200"), and none in brackets.
  let sign: string | undefined;
  const takeSign = (): boolean => {
    const m = /^([+-])\s*/.exec(t);
    if (!m) return true;
    if (sign !== undefined || paren) return false;
    sign = m[1];
    t = t.slice(m[0].length);
    return true;
  };
  if (!takeSign()) return undefined;
  t = t.replace(CURRENCY_BEFORE, "");
  if (!takeSign()) return undefined;
  const negative = paren !== null || sign === "-";

  t = t.replace(CURRENCY_AFTER, "");
  const percent = t.endsWith("%");
  if (percent) t = t.slice(0, -1).trimEnd();
  let shift = percent ? -2 : 0;
  const multiplier = percent ? undefined : MULTIPLIERS.find(([re]) => re.test(t));
  if (multiplier) {
    t = t.replace(multiplier[0], "");
    shift = multiplier[1];
  }

  let digits: string;
  if (GROUPED.test(t)) digits = t.replace(/[, ]/g, "");
  else if (PLAIN.test(t) && (shift === 0 || !t.includes("e"))) digits = t;
  else return undefined;

  // Scaling in decimal ("1.1e4"), not by multiplying, keeps 1.1万 exactly 11000.
  const magnitude = shift === 0 ? Number(digits) : Number(`${digits}e${shift}`);
  if (!Number.isFinite(magnitude)) return undefined;
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { value, percent };
}
