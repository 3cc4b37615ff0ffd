import { a1, columnLetters, parseA1 } from "../cellAddress";
import type { Finding, Severity } from "../finding";
import type { Bilingual } from "../i18n";
import type { ParsedKeyValue, ParsedTable } from "../schema/parsedSheet";
import type { ParsedRecord } from "../schema/values";
import type { Rule } from "./types";

/**
 * The cell a finding about a record's field points at: the field's own cell when it has a value,
 * else the empty cell in that column, else the first cell of the record's row.
 */
export function cellOf<F>(table: ParsedTable<F>, record: ParsedRecord<F>, key: keyof F & string): string {
  const own = record.fields[key]?.address;
  if (own) return own;
  const col = table.columns.get(key)?.col;
  if (col !== undefined) return `${columnLetters(col)}${record.row + 1}`;
  const first = Math.min(...[...table.columns.values()].map((c) => c.col));
  return a1(record.row, Number.isFinite(first) ? first : 0);
}

/**
 * Where a planner types an Event setting: its value cell, or for a key row left empty the cell to
 * the right of the key; undefined when the setting has no row at all.
 */
export function eventValueCell<F>(event: ParsedKeyValue<F>, key: keyof F & string): string | undefined {
  const own = event.fields[key]?.address ?? event.unreadable.get(key)?.address;
  if (own) return own;
  const k = event.keyCells.get(key);
  const ref = k ? parseA1(k) : undefined;
  return ref ? a1(ref.row, ref.col + 1) : undefined;
}

/** The cell of an Event setting ({@link eventValueCell}), else A1. */
export function eventCell<F>(event: ParsedKeyValue<F>, key: keyof F & string): string {
  return eventValueCell(event, key) ?? "A1";
}

/** A finding of this rule. */
export function finding(
  rule: Pick<Rule, "id" | "severity">,
  sheet: string,
  cell: string,
  message: Bilingual,
  fix?: Bilingual,
  severity?: Severity,
): Finding {
  return { id: rule.id, severity: severity ?? rule.severity, sheet, cell, message, ...(fix ? { fix } : {}) };
}

/** "张伟（市财政局）" / "Alice Chen (Finance Bureau)": how a person is named in messages. */
export function personLabel(name: string | undefined, organisation: string | undefined, row: number): Bilingual {
  const who = name ?? `#${row + 1}`;
  return organisation ? { zh: `${who}（${organisation}）`, en: `${who} (${organisation})` } : { zh: who, en: who };
}
