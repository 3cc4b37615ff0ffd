import type { ParsedTable } from "../parsedSheet";
import type { RosterFields } from "../sheets/roster";
import type { Cell } from "../values";

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** A person's whole name from its parts, by the name's own convention: 王 + 芳 = 王芳, Alice + Chen = "Alice Chen". */
export function wholeName(last: string | undefined, first: string | undefined): string {
  const l = last?.trim() ?? "";
  const f = first?.trim() ?? "";
  if (!l || !f) return l || f;
  return CJK.test(l) || CJK.test(f) ? `${l}${f}` : `${f} ${l}`;
}

/**
 * A roster with split names (First/Last, 姓/名) gets a whole name per person, so every rule,
 * seat and badge sees one name. A roster that also has a whole-name column keeps it; the parts
 * fill only the rows where it is empty. The composed name points at the first part's cell.
 */
export function composeNames(roster: ParsedTable<RosterFields>): void {
  const last = roster.columns.get("lastName");
  const first = roster.columns.get("firstName");
  if (!last && !first) return;
  if (!roster.columns.has("name")) {
    const parts = [last, first].filter((p) => p !== undefined);
    roster.columns.set("name", {
      col: Math.min(...parts.map((p) => p.col)),
      header: parts.map((p) => p.header).join(" + "),
      derived: true,
    });
    roster.missingColumns = roster.missingColumns.filter((c) => c.key !== "name");
  }
  for (const r of roster.records) {
    const f = r.fields;
    if (f.name || (!f.lastName && !f.firstName)) continue;
    const value = wholeName(f.lastName?.value, f.firstName?.value);
    // The leftmost part's cell, where a planner looks for the name.
    const lastFirst = !first || (last !== undefined && last.col < first.col);
    const at = (lastFirst ? (f.lastName ?? f.firstName) : (f.firstName ?? f.lastName))!;
    const cell: Cell<string> = { value, address: at.address, raw: value };
    f.name = cell;
  }
}
