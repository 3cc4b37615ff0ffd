import type { WritePlan } from "../core/plan/writePlan";

export interface SeenTable {
  name: string;
  sheet: string;
}

/** Queues the load of every table with its sheet; the getter works after the next sync. */
export function loadTables(wb: Excel.Workbook): () => SeenTable[] {
  const tables = wb.tables.load("items/name,items/worksheet/name");
  return () => tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
}

/**
 * The tables on each sheet as the gateway's last read saw them and its writes since left them.
 * Replacing an add-in-owned sheet removes its tables first, and Office cannot list them without
 * a request of their own: the read already makes one, so it brings them along. A table added
 * by someone else after the read is not known here and stays (emptied) on the replaced sheet.
 */
export class TablesSeen {
  private bySheet = new Map<string, string[]>();

  /** What a read found: every table of the workbook. */
  replaceAll(tables: readonly SeenTable[]): void {
    this.bySheet = new Map();
    for (const t of tables) {
      const key = t.sheet.toLowerCase();
      this.bySheet.set(key, [...(this.bySheet.get(key) ?? []), t.name]);
    }
  }

  /** Every table known, with the (lower-cased) name of its sheet. */
  all(): { name: string; sheet: string }[] {
    return [...this.bySheet].flatMap(([sheet, names]) => names.map((name) => ({ name, sheet })));
  }

  on(sheet: string): readonly string[] {
    return this.bySheet.get(sheet.toLowerCase()) ?? [];
  }

  /** After a write: every written sheet holds the plan's tables and no others. */
  written(plan: WritePlan): void {
    for (const s of plan.sheets)
      this.bySheet.set(
        s.name.toLowerCase(),
        (s.tables ?? []).map((t) => t.name),
      );
  }

  /** After a failed write: what its sheets hold is no longer known. */
  forget(plan: WritePlan): void {
    for (const s of plan.sheets) this.bySheet.delete(s.name.toLowerCase());
  }
}
