import { foldText } from "./text";

// Hyphens, dashes and minus signs that look like "-" and arrive from word processors.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;

export function foldDashes(s: string): string {
  return s.replace(DASHES, "-");
}

/** Folded, dashes unified and lower-cased: the form the value parsers match against. */
export function prepare(s: string): string {
  return foldDashes(foldText(s)).toLowerCase();
}
