import type { CellValue } from "../../core/cellValue";
import type { OwnedSheet } from "../../workbook/gateway";
import { kindFromMarker, sheetFromMarkerFormula } from "../../workbook/ownership";
import type { StoredName } from "../xlsxWorkbook";

/**
 * Sheets carrying an ownership marker (a workbook-scoped name HuiwuOwned_<kind>), with the
 * marker's stamp and what the marked sheet's A1 holds now. A marker
 * turned into #REF!, or naming a sheet the workbook no longer has, is stale: name null.
 */
export function ownedSheets(
  names: readonly StoredName[],
  sheetNames: readonly string[],
  cellOf: (sheet: string, formula: string) => CellValue | undefined = () => undefined,
): OwnedSheet[] {
  const owned: OwnedSheet[] = [];
  for (const n of names) {
    if (n.scope !== undefined) continue;
    const kind = kindFromMarker(n.name);
    if (!kind || owned.some((o) => o.kind === kind)) continue;
    const target = sheetFromMarkerFormula(n.formula);
    const actual = target === null ? undefined : sheetNames.find((s) => s.toLowerCase() === target.toLowerCase());
    const a1 = actual === undefined ? undefined : cellOf(actual, n.formula);
    owned.push({ kind, name: actual ?? null, stamp: n.attributes.comment ?? "", ...(a1 !== undefined ? { a1 } : {}) });
  }
  return owned;
}
