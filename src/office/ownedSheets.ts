import type { OwnedSheet } from "../workbook/gateway";
import { kindFromMarker, sheetFromMarkerFormula } from "../workbook/ownership";

/**
 * The add-in's ownership markers among the workbook's defined names. A marker whose sheet
 * is gone (its formula shows #REF!, or names a sheet not in the workbook) is stale: name null.
 */
export function ownedSheetsFromNames(names: readonly { name: string; formula: string }[], sheetNames: readonly string[]): OwnedSheet[] {
  const owned: OwnedSheet[] = [];
  for (const n of names) {
    const kind = kindFromMarker(n.name);
    if (!kind) continue;
    const target = sheetFromMarkerFormula(n.formula);
    const actual = target === null ? undefined : sheetNames.find((s) => s.toLowerCase() === target.toLowerCase());
    owned.push({ kind, name: actual ?? null });
  }
  return owned;
}

/** The workbook's own spelling of a sheet name (Excel compares sheet names case-insensitively). */
export function findSheetName(sheetNames: readonly string[], wanted: string): string | undefined {
  const k = wanted.toLowerCase();
  return sheetNames.find((s) => s.toLowerCase() === k);
}

/** Requested names without case-insensitive repeats, in request order. */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = n.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
