/**
 * Yes/no cells: 是/否, 需要/不需要, Y/N, TRUE/FALSE, 1/0 and tick marks.
 *
 * Marks: ✓ ✔ √ ☑ ✅ and ☒ (a box with a cross in it is a *ticked* box in Word and WPS forms)
 * are yes; ✗ ✘ × ✕ ✖ ❌ ☐ (the cross on its own is the 错 mark, the empty box unticked) are no.
 * A typed letter x/X is yes: planners mark a column of boxes with it.
 */
import type { CellValue } from "../../cellValue";
import { emptyOrError, failure, type CellFailure } from "./cellResult";
import { prepare } from "./prepare";

export type BooleanParse = { ok: true; value: boolean } | CellFailure;

const TRUE_WORDS = ["是", "是的", "需要", "需", "要", "有", "对", "y", "yes", "true", "1", "x", "✓", "✔", "√", "☑", "☒", "✅"];
const FALSE_WORDS = [
  "否",
  "不是",
  "不需要",
  "不需",
  "不要",
  "不用",
  "无",
  "没有",
  "没",
  "n",
  "no",
  "false",
  "0",
  "✗",
  "✘",
  "×",
  "✕",
  "✖",
  "❌",
  "☐",
];

const WORDS = new Map<string, boolean>([
  ...TRUE_WORDS.map((w): [string, boolean] => [w, true]),
  ...FALSE_WORDS.map((w): [string, boolean] => [w, false]),
]);

// Emoji presentation selectors ("☑️") and a full stop typed after the word ("是。") carry no meaning.
const DECORATION = /[\uFE0E\uFE0F]|[。.!！]+$/g;

export function parseBooleanCell(v: CellValue): BooleanParse {
  const blank = emptyOrError(v);
  if (blank) return blank;
  if (typeof v === "boolean") return { ok: true, value: v };
  if (typeof v === "number") return v === 1 || v === 0 ? { ok: true, value: v === 1 } : failure("invalid");
  const value = WORDS.get(prepare(v).replace(DECORATION, "").trim());
  return value === undefined ? failure("invalid") : { ok: true, value };
}
