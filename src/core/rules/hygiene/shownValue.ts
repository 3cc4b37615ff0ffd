import type { CellValue } from "../../cellValue";
import { cellText } from "../../schema/normalize/cellText";

/** A cell's value as quoted in a message, cut short when long. */
export function shownValue(raw: CellValue): string {
  const t = cellText(raw);
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}
