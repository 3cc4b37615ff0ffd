import { foldKey } from "../schema/normalize/text";
import type { RosterFields } from "../schema/sheets/roster";
import type { ParsedRecord } from "../schema/values";

/**
 * Who a roster row is, independent of where it sits: its ID, else its name and organisation, else
 * its row. The plan record is keyed by it, so a sorted or filtered roster keeps its memory.
 */
export function rowKey(p: ParsedRecord<RosterFields>): string {
  const id = p.fields.id?.value;
  if (id) return `id:${foldKey(id)}`;
  const name = p.fields.name?.value;
  if (name) return `name:${foldKey(name)}|${foldKey(p.fields.organisation?.value ?? "")}`;
  return `row:${p.row + 1}`;
}
