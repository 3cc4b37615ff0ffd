import type { ParsedWorkbook } from "../parseWorkbook";

/** The people the roster names: rows with a name or an ID. */
export function countPeople(wb: ParsedWorkbook): number {
  return wb.roster.records.filter((r) => r.fields.name || r.fields.id).length;
}
