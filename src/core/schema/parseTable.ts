import { a1, columnLetters } from "../cellAddress";
import { isBlank, type CellValue } from "../cellValue";
import type { Finding } from "../finding";
import type { SheetSnapshot } from "../../workbook/gateway";
import { findHeaderRow } from "./headerMatch";
import { cellText } from "./normalize/cellText";
import { foldKey } from "./normalize/text";
import { parseCell } from "./parseCell";
import type { ParsedTable } from "./parsedSheet";
import { sheetProblem } from "./parseProblems";
import type { ColumnDef, TableSheetDef } from "./sheetDef";
import type { Cell, ParsedRecord } from "./values";

/** Rows that sum up the rows above them; counting them as data would double the totals. */
const TOTAL_LABELS = new Set(["合计", "总计", "小计", "共计", "total", "totals", "subtotal", "grandtotal", "sum"].map(foldKey));

function isTotalRow(row: CellValue[]): boolean {
  for (const v of row) {
    if (isBlank(v)) continue;
    return typeof v === "string" && TOTAL_LABELS.has(foldKey(v));
  }
  return false;
}

export function emptyTable<F>(def: TableSheetDef, findings: Finding[] = []): ParsedTable<F> {
  return {
    def,
    sheet: null,
    foundBy: null,
    headerRow: -1,
    columns: new Map(),
    missingColumns: [...def.columns],
    extraColumns: [],
    records: [],
    findings,
  };
}

/**
 * Reads a sheet of records: finds the header row, maps columns in any order, keeps unknown
 * columns, skips blank and total rows, and turns each cell into a typed value or a finding.
 */
export function parseTable<F>(snap: SheetSnapshot, def: TableSheetDef, foundBy: "name" | "headers"): ParsedTable<F> {
  const sheet = snap.name;
  const findings: Finding[] = [];
  const header = findHeaderRow(snap.values, def.columns);
  const essentialHit = header && def.essential.every((k) => header.columns.has(k));
  if (!header || !essentialHit) {
    const names = def.essential.map((k) => def.columns.find((c) => c.key === k)!);
    findings.push(
      sheetProblem(
        "parse.no-header",
        "error",
        sheet,
        a1(snap.top, snap.left),
        {
          zh: `工作表“${sheet}”中找不到表头行：需要包含“${names.map((c) => c.zh).join("”“")}”等列标题的一行。`,
          en: `No header row found on sheet "${sheet}": expected a row with headers such as "${names.map((c) => c.en).join('", "')}".`,
        },
        {
          zh: `在数据上方加一行列标题，例如：${def.columns
            .slice(0, 6)
            .map((c) => c.zh)
            .join("、")}。`,
          en: `Add a row of column headers above the data, for example: ${def.columns
            .slice(0, 6)
            .map((c) => c.en)
            .join(", ")}.`,
        },
      ),
    );
    return { ...emptyTable<F>(def, findings), sheet, foundBy };
  }

  const headerRowValues = snap.values[header.index];
  const columns = new Map<string, { col: number; header: string }>();
  for (const [key, c] of header.columns) columns.set(key, { col: snap.left + c, header: cellText(headerRowValues[c]) });
  const defsByIndex = new Map<number, ColumnDef>();
  for (const col of def.columns) {
    const c = header.columns.get(col.key);
    if (c !== undefined) defsByIndex.set(c, col);
  }
  const extraColumns: { col: number; header: string }[] = [];
  const extraNames = new Set<string>();
  for (let c = 0; c < headerRowValues.length; c++) {
    if (defsByIndex.has(c)) continue;
    const text = cellText(headerRowValues[c]);
    if (!text) continue;
    // Two unknown columns with the same header both keep their values: "其他", "其他 (2)".
    let header = text;
    for (let i = 2; extraNames.has(header); i++) header = `${text} (${i})`;
    extraNames.add(header);
    extraColumns.push({ col: snap.left + c, header });
  }
  for (const d of header.duplicates) {
    const col = def.columns.find((x) => x.key === d.key)!;
    findings.push(
      sheetProblem("parse.duplicate-column", "warning", sheet, a1(snap.top + header.index, snap.left + d.col), {
        zh: `工作表“${sheet}”有两列都是“${col.zh}”，只读取第一列，本列按附加列保留。`,
        en: `Sheet "${sheet}" has two "${col.en}" columns; the first is read and this one is kept as an extra column.`,
      }),
    );
  }

  // Column letters once per column rather than once per cell.
  const letters = new Map<number, string>();
  for (const c of defsByIndex.keys()) letters.set(c, columnLetters(snap.left + c));
  const records: ParsedRecord<F>[] = [];
  for (let r = header.index + 1; r < snap.values.length; r++) {
    const row = snap.values[r];
    if (row.every(isBlank) || isTotalRow(row)) continue;
    const sheetRow = snap.top + r;
    const fields: Record<string, Cell<unknown>> = {};
    for (const [c, col] of defsByIndex) {
      const address = letters.get(c)! + (sheetRow + 1);
      const res = parseCell(row[c] ?? "", col, sheet, address);
      if (res.cell) fields[col.key] = res.cell;
      if (res.problem) findings.push(res.problem);
    }
    const extras: Record<string, Cell<CellValue>> = {};
    for (const x of extraColumns) {
      const v = row[x.col - snap.left];
      if (!isBlank(v)) extras[x.header] = { value: v, address: a1(sheetRow, x.col), raw: v };
    }
    records.push({ sheet, row: sheetRow, fields: fields as ParsedRecord<F>["fields"], extras });
  }

  return {
    def,
    sheet,
    foundBy,
    headerRow: snap.top + header.index,
    columns,
    missingColumns: def.columns.filter((c) => !columns.has(c.key)),
    extraColumns,
    records,
    findings,
  };
}
