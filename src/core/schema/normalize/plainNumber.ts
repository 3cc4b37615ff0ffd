/**
 * Numbers as Excel shows them in a General cell: never in exponent form, and beyond the integers
 * a double holds exactly, at most 15 significant digits (Excel keeps no more). So 0.1 + 0.2 is
 * "0.3" and an 18-digit ID number typed into a number cell is "110101199003077000" — the digits
 * the planner sees — not the double's "110101199003076992".
 */

/** "1.5e-7" → "0.00000015", "1.10101199003077e+17" → "110101199003077000". */
function expandExponent(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, int, frac = "", exp] = m;
  const digits = int + frac;
  const point = int.length + Number(exp);
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

export function plainNumberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isSafeInteger(n)) return String(n); // exact, and never in exponent form
  const rounded = Number(n.toPrecision(15));
  // Near ±Number.MAX_VALUE, rounding to 15 digits overflows; keep the value as it is.
  return expandExponent(String(Number.isFinite(rounded) ? rounded : n));
}
