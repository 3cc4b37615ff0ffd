import type { CellValue } from "../../cellValue";
import { plainNumberText } from "./plainNumber";
import { foldText } from "./text";

/** The folded text of any cell: numbers as Excel shows them, booleans as TRUE/FALSE, "" for empty. */
export function cellText(v: CellValue): string {
  if (typeof v === "number") return plainNumberText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return foldText(v);
}

const SEPARATORS = /[、,，;；/／|｜\n\r]+/;
const WHITESPACE = /\s+/;
const LATIN_WORD = /[A-Za-z]{2,}/;

/**
 * The items of a cell listing several names or IDs: "张三、李四", "A01, A02", "张三 李四".
 * Whitespace separates items only when no other separator is used, and not between Latin
 * words — "John Smith, Mary Jones" is two people and "Alice Chen" is one.
 */
export function splitList(s: string): string[] {
  const separated = s.split(SEPARATORS);
  const bySpace = separated.length === 1 && !LATIN_WORD.test(s);
  const parts = bySpace ? s.split(WHITESPACE) : separated;
  return parts.map(foldText).filter((p) => p !== "");
}
