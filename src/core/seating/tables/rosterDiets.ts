import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import { isActive } from "../../rules/people";
import type { TableGuest } from "./types";

/**
 * Each guest's 生活习俗 / diet note as typed on the roster (the table problem keeps only the
 * diets that have a dedicated table; the kitchen needs them all). Guests are matched the way the
 * problem names them: by roster ID, or by sheet and row when the ID is missing or repeated.
 */
export function rosterDiets(parsed: ParsedWorkbook, guests: readonly TableGuest[]): Map<string, string> {
  const byKey = new Map<string, string>();
  const byId = new Map<string, { name: string; diet: string }[]>();
  for (const p of parsed.roster.records) {
    if (!isActive(p)) continue;
    const diet = p.fields.diet?.value ?? "";
    const where = `${p.sheet}!${p.row + 1}`;
    const id = p.fields.id?.value;
    byKey.set(where, diet);
    if (!id) continue;
    byKey.set(`${id}@${where}`, diet);
    const list = byId.get(id) ?? [];
    list.push({ name: p.fields.name?.value ?? id, diet });
    byId.set(id, list);
  }
  const out = new Map<string, string>();
  for (const g of guests) {
    const list = byId.get(g.id);
    const diet = byKey.get(g.id) ?? (list?.find((x) => x.name === g.name) ?? list?.[0])?.diet;
    out.set(g.id, diet ?? g.dietTable);
  }
  return out;
}
