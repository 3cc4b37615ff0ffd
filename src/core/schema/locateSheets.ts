import type { SheetSnapshot } from "../../workbook/gateway";
import { findHeaderRow, headerIndex, matchHeader } from "./headerMatch";
import { foldKey } from "./normalize/text";
import type { FoundBy } from "./parsedSheet";
import type { SheetDef, SheetKey } from "./sheetDef";

export interface LocatedSheet {
  name: string;
  foundBy: FoundBy;
}

export type Located = Partial<Record<SheetKey, LocatedSheet>>;

/** Input sheets found by their names (Chinese, English or a synonym; case, width and spaces folded). */
export function locateByName(sheetNames: readonly string[], defs: readonly SheetDef[]): Located {
  const out: Located = {};
  const taken = new Set<string>();
  for (const def of defs) {
    const wanted = new Set([def.zh, def.en, ...def.synonyms].map(foldKey));
    const hit = sheetNames.find((n) => !taken.has(n) && wanted.has(foldKey(n)));
    if (hit) {
      out[def.key] = { name: hit, foundBy: "name" };
      taken.add(hit);
    }
  }
  return out;
}

/** How many of a definition's headers (or keys, for key-value sheets) a sheet shows. */
export function headerScore(sheet: SheetSnapshot, def: SheetDef): number {
  if (def.layout === "table") return findHeaderRow(sheet.values, def.columns)?.columns.size ?? 0;
  const idx = headerIndex(def.keys);
  // One setting per row: a roster's header row "Name | Phone | Notes" is one row, not three settings.
  const keys = new Set<string>();
  for (const row of sheet.values) {
    for (let c = 0; c < Math.min(row.length, 3); c++) {
      const k = matchHeader(idx, row[c]);
      if (k) {
        keys.add(k);
        break;
      }
    }
  }
  return keys.size;
}

/**
 * For input sheets not found by name: the sheet whose headers fit best, if it fits well enough.
 * Candidates are sheets not already used; the caller leaves out the add-in's own sheets.
 */
export function locateByHeaders(candidates: readonly SheetSnapshot[], defs: readonly SheetDef[], already: Located): Located {
  const out: Located = {};
  const used = new Set(Object.values(already).map((l) => l!.name));
  const scored: { def: SheetDef; sheet: SheetSnapshot; score: number }[] = [];
  for (const def of defs) {
    if (already[def.key]) continue;
    for (const sheet of candidates) {
      if (used.has(sheet.name)) continue;
      const score = headerScore(sheet, def);
      if (score >= def.minHeaderMatches) scored.push({ def, sheet, score });
    }
  }
  // Best fits first; ties keep definition order then tab order, so the result is deterministic.
  scored.sort((a, b) => b.score - a.score);
  for (const s of scored) {
    if (out[s.def.key] || used.has(s.sheet.name)) continue;
    out[s.def.key] = { name: s.sheet.name, foundBy: "headers" };
    used.add(s.sheet.name);
  }
  return out;
}
