import type { ParsedTable } from "../schema/parsedSheet";
import type { RosterFields } from "../schema/sheets/roster";
import type { ParsedRecord } from "../schema/values";
import type { PlanRecord } from "./planRecord";
import { rowKey } from "./rowKey";

type Person = ParsedRecord<RosterFields>;

/** A table (and seat) that is the planner's: kept on every run, as if locked. */
export interface PlannersPlacement {
  table: string;
  seat?: string;
  /** 锁定 = 是, or a value Huiwu did not write. */
  why: "locked" | "typed";
}

/** Each row's key, from the row's own person (the people a row adds share its cells). */
export function rowKeys(roster: ParsedTable<RosterFields>): Map<number, string> {
  const out = new Map<number, string>();
  for (const p of roster.records) if (!p.part && !out.has(p.row)) out.set(p.row, rowKey(p));
  return out;
}

/**
 * The 桌号 and 座位 that are the planner's. A value is Huiwu's own only while it still equals what
 * Huiwu wrote there last time (the plan record); anything else in the cells — a plan the list
 * arrived with, a table a planner typed — is theirs, and stays. 锁定 = 是 keeps it too; 锁定 = 否
 * hands a typed table back to the plan.
 */
export function plannersPlacements(roster: ParsedTable<RosterFields>, record: PlanRecord): Map<Person, PlannersPlacement> {
  const keys = rowKeys(roster);
  const out = new Map<Person, PlannersPlacement>();
  for (const p of roster.records) {
    const table = p.fields.table?.value ?? "";
    if (!table) continue;
    const seat = p.fields.seat?.value;
    const locked = p.fields.locked?.value;
    if (locked === true) {
      out.set(p, { table, ...(seat ? { seat } : {}), why: "locked" });
      continue;
    }
    if (locked === false) continue;
    const mine = record.get(keys.get(p.row)!);
    if (mine && mine.table === table) continue;
    out.set(p, { table, ...(seat && !(mine && mine.seat === seat) ? { seat } : {}), why: "typed" });
  }
  return out;
}
