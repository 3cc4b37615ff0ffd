import { EXCEL_ERRORS } from "../../../src/core/cellValue";

/**
 * What Excel makes of a string assigned to Range.values: the same as typing it into a cell
 * (locale-neutral forms, as documented for Range.values). Good enough to show that unguarded
 * text gets changed: formulas, numbers (leading zeros lost), dates, times, percentages,
 * currency, booleans and error values. A leading apostrophe keeps the rest as text.
 */
export type Typed =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number; numberFormat?: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "formula"; formula: string };

function fold(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

const NUMBER = /^\(?([$¥€£￥])?\s*([+-])?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%)?\)?$/;

function parseNumber(t: string): Typed | undefined {
  const m = NUMBER.exec(t);
  if (!m) return undefined;
  const paren = t.startsWith("(") && t.endsWith(")");
  if (t.startsWith("(") !== t.endsWith(")")) return undefined;
  let v = Number(m[3].replace(/,/g, "")) * (m[4] ? 10 ** Number(m[4]) : 1);
  if (m[2] === "-" || paren) v = -v;
  if (m[5]) return { kind: "number", value: v / 100, numberFormat: "0%" };
  if (m[1]) return { kind: "number", value: v, numberFormat: `${m[1]}#,##0.00` };
  return { kind: "number", value: v };
}

/** Days since 1899-12-30, as Excel counts them (1900 date system). */
export function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function parseTime(t: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(t);
  if (!m) return undefined;
  let h = Number(m[1]);
  if (m[4]) h = (h % 12) + (m[4].toLowerCase() === "pm" ? 12 : 0);
  const min = Number(m[2]);
  const s = Number(m[3] ?? 0);
  if (h > 23 || min > 59 || s > 59) return undefined;
  return (h * 3600 + min * 60 + s) / 86400;
}

const THIS_YEAR = 2026;

function parseDate(t: string): number | undefined {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (m) return validDate(+m[1], +m[2], +m[3]) ? dateSerial(+m[1], +m[2], +m[3]) : undefined;
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t);
  if (m) return validDate(+m[3], +m[1], +m[2]) ? dateSerial(+m[3], +m[1], +m[2]) : undefined;
  m = /^(\d{1,2})\/(\d{1,2})$/.exec(t) ?? /^(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (m) return validDate(THIS_YEAR, +m[1], +m[2]) ? dateSerial(THIS_YEAR, +m[1], +m[2]) : undefined;
  return undefined;
}

function parseDateTime(t: string): Typed | undefined {
  const time = parseTime(t);
  if (time !== undefined) return { kind: "number", value: time, numberFormat: "h:mm" };
  const date = parseDate(t);
  if (date !== undefined) return { kind: "number", value: date, numberFormat: "yyyy-mm-dd" };
  const m = /^(\S+)\s+(\S+(?:\s*[ap]m)?)$/i.exec(t);
  if (m) {
    const d = parseDate(m[1]);
    const h = parseTime(m[2]);
    if (d !== undefined && h !== undefined) return { kind: "number", value: d + h, numberFormat: "yyyy-mm-dd h:mm" };
  }
  const frac = /^(?:(\d+)\s+)?(\d+)\/(\d+)$/.exec(t);
  if (frac && frac[1] !== undefined && +frac[3] !== 0)
    return { kind: "number", value: +frac[1] + +frac[2] / +frac[3], numberFormat: "# ?/?" };
  return undefined;
}

/** Without any of these, a string can only be text (numbers and dates need digits, errors "#"). */
const MAYBE_NOT_TEXT = /[0-9\uFF10-\uFF19#+\-@]|^\s*(true|false)\s*$/i;
const ERRORS_BY_LOWER = new Map([...EXCEL_ERRORS].map((e) => [e.toLowerCase(), e]));

export function typeInput(s: string): Typed {
  if (s === "") return { kind: "empty" };
  if (s.startsWith("'")) return { kind: "text", text: s.slice(1) };
  if (s.startsWith("=") && s.length > 1) return { kind: "formula", formula: s };
  if (!MAYBE_NOT_TEXT.test(s)) return { kind: "text", text: s };
  const t = fold(s).trim();
  if (t === "") return { kind: "text", text: s };
  const n = parseNumber(t);
  if (n) return n;
  if (/^[+\-@]/.test(t)) return { kind: "formula", formula: `=${t}` };
  if (/^(true|false)$/i.test(t)) return { kind: "boolean", value: t.toLowerCase() === "true" };
  const err = ERRORS_BY_LOWER.get(t.toLowerCase());
  if (err) return { kind: "error", value: err };
  return parseDateTime(t) ?? { kind: "text", text: s };
}

/** Evaluates constant arithmetic ("=1+1", "=-(2*3)/4"); undefined for anything else. */
export function evaluateConstant(formula: string): number | undefined {
  const src = formula.replace(/^=/, "");
  let i = 0;
  const peek = () => src[i];
  const skip = () => {
    while (src[i] === " ") i++;
  };
  function primary(): number | undefined {
    skip();
    if (peek() === "(") {
      i++;
      const v = sum();
      skip();
      if (peek() !== ")") return undefined;
      i++;
      return v;
    }
    if (peek() === "+" || peek() === "-") {
      const neg = src[i++] === "-";
      const v = primary();
      return v === undefined ? undefined : neg ? -v : v;
    }
    const m = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return Number(m[0]);
  }
  function product(): number | undefined {
    let v = primary();
    for (skip(); v !== undefined && (peek() === "*" || peek() === "/"); skip()) {
      const op = src[i++];
      const r = primary();
      if (r === undefined) return undefined;
      v = op === "*" ? v * r : v / r;
    }
    return v;
  }
  function sum(): number | undefined {
    let v = product();
    for (skip(); v !== undefined && (peek() === "+" || peek() === "-"); skip()) {
      const op = src[i++];
      const r = product();
      if (r === undefined) return undefined;
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }
  const v = sum();
  skip();
  return i === src.length && v !== undefined && Number.isFinite(v) ? v : undefined;
}
