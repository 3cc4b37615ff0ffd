import type { CellValue } from "../core/cellValue";
import type { OwnedKind } from "../core/plan/writePlan";
import { fnv1a } from "../core/fnv1a";
import { cellText } from "../core/schema/normalize/cellText";

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
  replySlip: true,
  signIn: true,
  badges: true,
  badgeCards: true,
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

/**
 * What proves a marked sheet is Huiwu's: the marker's comment holds a stamp of the kind and of
 * the text Huiwu wrote into the sheet's A1. A name edited to point elsewhere, or one made by
 * hand, finds a sheet whose A1 does not match, and that sheet is left alone.
 */
export function ownershipStamp(kind: OwnedKind, a1: CellValue): string {
  return `Huiwu ${kind} ${fnv1a(stampText(a1)).toString(16).padStart(8, "0")}`;
}

/** A1 as Excel will hold it: text, trimmed, without control characters (which writers may drop). */
function stampText(v: CellValue): string {
  return cellText(v)
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim();
}

/** The stamp a sheet write's marker carries: its kind and the value the write puts into A1 ("" when none). */
export function stampOfWrite(owner: OwnedKind, values: readonly { row: number; col: number; values: CellValue[][] }[]): string {
  const block = values.find((b) => b.row === 0 && b.col === 0);
  return ownershipStamp(owner, block?.values[0]?.[0] ?? "");
}
