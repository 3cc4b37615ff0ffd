import type { OwnedKind } from "../../core/plan/writePlan";
import { markerFormula, markerName } from "../../workbook/ownership";
import type { StoredName, XlsxWorkbook } from "../xlsxWorkbook";

/**
 * Points the marker of `kind` at `sheet`, stamped with what the sheet's A1 holds (see ownershipStamp). An earlier marker of that kind (current, stale or in
 * another case — Excel names ignore case) is replaced where it stands, so there is exactly one.
 */
export function setOwnershipMarker(book: XlsxWorkbook, kind: OwnedKind, sheet: string, stamp: string): void {
  const name = markerName(kind);
  const marker: StoredName = { name, formula: markerFormula(sheet).replace(/^=/, ""), attributes: { comment: stamp } };
  const isMarker = (n: StoredName) => n.scope === undefined && n.name.toLowerCase() === name.toLowerCase();
  const at = book.names.findIndex(isMarker);
  if (at < 0) {
    book.names = [...book.names, marker];
    return;
  }
  book.names = book.names.flatMap((n, i) => (i === at ? [marker] : isMarker(n) ? [] : [n]));
}
