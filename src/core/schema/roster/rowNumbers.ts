import type { ParsedTable } from "../parsedSheet";
import type { RosterFields } from "../sheets/roster";

/**
 * An ID column that only counts the rows (1, 2, 3 … — a template's No., a questionnaire's 编号 or
 * Microsoft Forms' ID) numbers responses, not people: it is kept as a row-number column, so an
 * empty template is not taken for a list of people and a person's identity is their name.
 */
export function rowNumbersAsId(roster: ParsedTable<RosterFields>): void {
  const col = roster.columns.get("id");
  if (!col || roster.records.length < 2) return;
  const ids = roster.records.map((r) => r.fields.id?.value);
  if (!ids.every((v, i) => v !== undefined && /^\d+$/.test(v) && Number(v) === Number(ids[0]) + i)) return;
  if (Number(ids[0]) > 1) return;
  roster.columns.delete("id");
  roster.missingColumns = [...roster.missingColumns, roster.def.columns.find((c) => c.key === "id")!];
  roster.extraColumns = [...roster.extraColumns, { col: col.col, header: col.header, why: "export" as const }].sort(
    (a, b) => a.col - b.col,
  );
  for (const r of roster.records) {
    const id = r.fields.id!;
    delete r.fields.id;
    r.extras[col.header] = { value: id.raw, address: id.address, raw: id.raw };
  }
}
