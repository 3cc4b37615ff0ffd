import type { OwnedSheet } from "../../workbook/gateway";
import { kindFromMarker, sheetFromMarkerFormula } from "../../workbook/ownership";
import type { StoredName } from "../xlsxWorkbook";

/**
 * Sheets carrying an ownership marker (a workbook-scoped name HuiwuOwned_<kind>). A marker
 * turned into #REF!, or naming a sheet the workbook no longer has, is stale: name null.
 */
export function ownedSheets(names: readonly StoredName[], sheetNames: readonly string[]): OwnedSheet[] {
  const owned: OwnedSheet[] = [];
  for (const n of names) {
    if (n.scope !== undefined) continue;
    const kind = kindFromMarker(n.name);
    if (!kind || owned.some((o) => o.kind === kind)) continue;
    const target = sheetFromMarkerFormula(n.formula);
    const actual = target === null ? undefined : sheetNames.find((s) => s.toLowerCase() === target.toLowerCase());
    owned.push({ kind, name: actual ?? null });
  }
  return owned;
}
