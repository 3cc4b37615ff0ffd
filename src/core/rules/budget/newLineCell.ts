import { a1 } from "../../cellAddress";
import type { ParsedTable } from "../../schema/parsedSheet";
import type { BudgetFields } from "../../schema/sheets";

/** Where a missing budget line would go: the category cell of the row after the last line. */
export function newLineCell(table: ParsedTable<BudgetFields>): string {
  const last = table.records.length > 0 ? table.records[table.records.length - 1].row : Math.max(table.headerRow, 0);
  const cols = [...table.columns.values()].map((c) => c.col);
  const col = table.columns.get("category")?.col ?? (cols.length > 0 ? Math.min(...cols) : 0);
  return a1(last + 1, col);
}
