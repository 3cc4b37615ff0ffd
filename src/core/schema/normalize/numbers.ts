/** Number, money, percentage and whole-number cells, stored as numbers or typed as text. */
import type { CellValue } from "../../cellValue";
import { emptyOrError, failure, type CellFailure } from "./cellResult";
import { parseNumberText } from "./numberText";

export type NumberParse = { ok: true; value: number; fromText: boolean } | CellFailure;

export type PercentParse =
  | {
      ok: true;
      /** A fraction: 15 % is 0.15. */
      value: number;
      fromText: boolean;
      /** A bare number above 1 ("15") was read as percentage points (0.15). */
      assumedPercent: boolean;
    }
  | CellFailure;

/**
 * A number cell. Text with "%" is divided by 100, as Excel does when "15%" is typed into a
 * cell; booleans are not numbers.
 */
export function parseNumberCell(v: CellValue): NumberParse {
  const blank = emptyOrError(v);
  if (blank) return blank;
  if (typeof v === "boolean") return failure("invalid");
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, value: v, fromText: false } : failure("invalid");
  const parsed = parseNumberText(v);
  return parsed ? { ok: true, value: parsed.value, fromText: true } : failure("invalid");
}

/**
 * A percentage cell, as a fraction. "15%" and a percent-formatted cell (stored 0.15) are 0.15.
 * A bare number is a fraction when it is within ±1 (0.15, and 1 = 100 %) and percentage points
 * when it is above 1 and at most 100 ("15" is 15 %, flagged `assumedPercent`); a bare number
 * beyond ±100 is invalid, since nobody means 15000 %. With "%" any value is taken ("150%").
 */
export function parsePercentCell(v: CellValue): PercentParse {
  let value: number;
  let fromText: boolean;
  if (typeof v === "string" && emptyOrError(v) === undefined) {
    const parsed = parseNumberText(v);
    if (!parsed) return failure("invalid");
    if (parsed.percent) return { ok: true, value: parsed.value, fromText: true, assumedPercent: false };
    value = parsed.value;
    fromText = true;
  } else {
    const n = parseNumberCell(v);
    if (!n.ok) return n;
    ({ value, fromText } = n);
  }
  const size = Math.abs(value);
  if (size <= 1) return { ok: true, value, fromText, assumedPercent: false };
  if (size <= 100) return { ok: true, value: Number(`${value}e-2`), fromText, assumedPercent: true };
  return failure("invalid");
}

/** A whole-number cell (counts, seats, precedence); fractions and unsafe integers are invalid. */
export function parseIntegerCell(v: CellValue): NumberParse {
  const n = parseNumberCell(v);
  if (!n.ok) return n;
  return Number.isSafeInteger(n.value) ? n : failure("invalid");
}
