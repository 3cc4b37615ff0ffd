import type { OwnedKind } from "../core/plan/writePlan";

/**
 * An add-in-owned sheet is marked by a workbook-scoped defined name
 * `HuiwuOwned_<kind>` that refers to the sheet's A1. The name is invisible in the grid,
 * travels with the file, follows the sheet when a co-author renames it, and turns into
 * #REF! (a stale marker) when the sheet is deleted.
 */
const PREFIX = "HuiwuOwned_";

/** Every kind, as an object so that a kind added to OwnedKind and forgotten here fails to compile. */
const KINDS: Record<OwnedKind, true> = {
  issues: true,
  budgetReview: true,
  daisSeating: true,
  tableTents: true,
  tableAssignment: true,
  tableChart: true,
  roomAllocation: true,
  checklist: true,
  minutes: true,
  notice: true,
  signIn: true,
  badges: true,
  planRecord: true,
};

export const OWNED_KINDS = Object.keys(KINDS) as readonly OwnedKind[];

export function markerName(kind: OwnedKind): string {
  return PREFIX + kind;
}

export function kindFromMarker(name: string): OwnedKind | undefined {
  if (!name.startsWith(PREFIX)) return undefined;
  const kind = name.slice(PREFIX.length);
  return OWNED_KINDS.find((k) => k.toLowerCase() === kind.toLowerCase());
}

/** The formula a marker holds: ='Sheet name'!$A$1 */
export function markerFormula(sheetName: string): string {
  return `='${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/**
 * The sheet a marker's formula or reference points at; null when it is broken (#REF!).
 * Accepts "='My sheet'!$A$1", "Sheet1!$A$1" and the same without "=".
 */
export function sheetFromMarkerFormula(formula: string): string | null {
  const f = formula.trim().replace(/^=/, "");
  if (f.includes("#REF!")) return null;
  const quoted = /^'((?:[^']|'')+)'!/.exec(f);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^!'"]+)!/.exec(f);
  return plain ? plain[1] : null;
}
