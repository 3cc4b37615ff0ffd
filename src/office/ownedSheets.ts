import type { CellValue } from "../core/cellValue";
import type { OwnedKind } from "../core/plan/writePlan";
import type { OwnedSheet } from "../workbook/gateway";
import { kindFromMarker, markerName, OWNED_KINDS, sheetFromMarkerFormula } from "../workbook/ownership";

/** The value of the cell each marker points at, by kind; absent for a marker that points at no cell. */
export type MarkedCells = Map<OwnedKind, CellValue>;

/** Every possible marker (through null objects), or only the kinds whose marker is known to point at a sheet. */
export type MarkerProbe = "all" | ReadonlySet<OwnedKind>;

/**
 * Queues, in the read's one request, the first cell each possible marker points at (the cell
 * alone, whatever range a hand-edited name covers); a missing name or a #REF! gives a null object.
 * Returns the values once the request has run.
 */
export function loadMarkedCells(wb: Excel.Workbook, existing?: ReadonlySet<OwnedKind>): () => MarkedCells {
  // On a host that refuses to chain from a null object, only markers known to point at a sheet are asked.
  const kinds = existing ? OWNED_KINDS.filter((k) => existing.has(k)) : OWNED_KINDS;
  const cells = kinds.map((kind) => {
    const name = existing ? wb.names.getItem(markerName(kind)) : wb.names.getItemOrNullObject(markerName(kind));
    const cell = (existing ? name.getRange() : name.getRangeOrNullObject()).getCell(0, 0);
    cell.load("values");
    return { kind, cell };
  });
  return () => new Map(cells.filter((c) => !c.cell.isNullObject).map((c) => [c.kind, c.cell.values[0][0] as CellValue]));
}

/**
 * The add-in's ownership markers among the workbook's defined names. A marker whose sheet
 * is gone (its formula shows #REF!, or names a sheet not in the workbook) is stale: name null.
 */
export function ownedSheetsFromNames(
  names: readonly { name: string; formula: string; comment?: string }[],
  sheetNames: readonly string[],
  cells?: MarkedCells,
): OwnedSheet[] {
  const owned: OwnedSheet[] = [];
  for (const n of names) {
    const kind = kindFromMarker(n.name);
    if (!kind) continue;
    const target = sheetFromMarkerFormula(n.formula);
    const actual = target === null ? undefined : sheetNames.find((s) => s.toLowerCase() === target.toLowerCase());
    const a1 = cells?.get(kind);
    owned.push({ kind, name: actual ?? null, stamp: n.comment ?? "", ...(a1 !== undefined ? { a1 } : {}) });
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
