import { foldKey } from "../../schema/normalize/text";

/** The contingency line (不可预计费用) by any of the names planners give it; a trailing 费/费用 is ignored. */
const NAMES = [
  "不可预计费用",
  "不可预见费用",
  "预备费",
  "机动费",
  "机动经费",
  "应急费用",
  "Contingency",
  "Contingencies",
  "Reserve",
  "Unforeseen costs",
];

function key(text: string): string {
  return foldKey(text).replace(/(费用|费)$/, "");
}

const KEYS = new Set(NAMES.map(key));

export function isContingency(category: string): boolean {
  return KEYS.has(key(category));
}
