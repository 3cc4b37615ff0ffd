import type { ParsedWorkbook } from "../parseWorkbook";
import type { RosterFields } from "../sheets/roster";
import type { ParsedRecord } from "../values";

/**
 * The people the roster lists: everyone a row names (a name or an ID), once however often they
 * are typed, without the rows marked cancelled or removed (取消, REMOVE, 删除).
 */
export function listedPeople(wb: ParsedWorkbook): ParsedRecord<RosterFields>[] {
  return wb.roster.records.filter(
    (r) => (r.fields.name || r.fields.id) && r.duplicateOf === undefined && r.fields.status?.value !== "cancelled",
  );
}

export function countPeople(wb: ParsedWorkbook): number {
  return listedPeople(wb).length;
}

/**
 * The name printed where people read it from across a room — badges, table tents, the rostrum:
 * the roster's 席卡名 / preferred name when given, else the name as listed.
 */
export function printedName(p: Pick<ParsedRecord<RosterFields>, "fields">): string {
  return p.fields.badgeName?.value.trim() || p.fields.name?.value || "";
}
