import type ExcelJS from "exceljs";
import { a1 } from "../../core/cellAddress";
import type { TableSpec } from "../../core/plan/writePlan";
import { toCellValue } from "../read/cellValue";

const DEFAULT_STYLE = "TableStyleMedium2";

/**
 * Header names as Excel makes them when a range becomes a table: text, unique regardless of
 * case ("Name", "Name2"), "Column3" for an empty header, no line breaks (a column name must
 * match its header cell, and a line break does not survive in the table part as ExcelJS writes it).
 */
export function tableHeaders(cells: readonly string[]): string[] {
  const used = new Set<string>();
  return cells.map((raw, i) => {
    const base = raw.replace(/[\r\n\t]+/g, " ").trim() || `Column${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Turns ranges already written into Excel tables. ExcelJS's addTable writes the header and the
 * rows into the cells itself, so it is given the values the cells already hold. A table needs
 * at least one data row (Excel adds an empty one to a header-only table), so such a table
 * reaches one row further down.
 */
export function writeTables(ws: ExcelJS.Worksheet, tables: readonly TableSpec[], date1904: boolean): void {
  for (const spec of tables) {
    const { row, col, cols } = spec.range;
    const headerCells = Array.from({ length: cols }, (_, j) => String(toCellValue(ws.getCell(row + 1, col + j + 1), date1904)));
    const headers = tableHeaders(headerCells);
    const dataRows = Math.max(spec.range.rows - 1, 1);
    const rows = Array.from({ length: dataRows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => ws.getCell(row + i + 2, col + j + 1).value ?? null),
    );
    ws.addTable({
      name: spec.name,
      displayName: spec.name,
      ref: a1(row, col),
      headerRow: true,
      totalsRow: false,
      style: { theme: (spec.style ?? DEFAULT_STYLE) as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
}
