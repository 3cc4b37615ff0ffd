import { a1, columnLetters } from "../cellAddress";
import { isBlank, type CellValue } from "../cellValue";
import type { Finding } from "../finding";
import type { SheetSnapshot } from "../../workbook/gateway";
import { misfitColumns, misfitFinding } from "./columnFit";
import { isExportColumn } from "./exportColumns";
import { findHeaderRow, type HeaderRowMatch } from "./headerMatch";
import { cellText } from "./normalize/cellText";
import { foldKey } from "./normalize/text";
import { parseCell, type CellParse } from "./parseCell";
import type { FoundBy, ParsedTable } from "./parsedSheet";
import { sheetProblem } from "./parseProblems";
import { headerRepeats, repeatedHeaderFinding } from "./repeatedHeader";
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

/** A header as the planner typed it (full-width colons and all), only trimmed: what messages quote. */
function typedText(v: CellValue): string {
  return typeof v === "string" ? v.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "") : cellText(v);
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
 * Where the columns are: a header row, or (`guessed`) columns recognised from the values of a
 * list with no header, whose data begin at `firstDataRow`.
 */
export interface TableLayout extends HeaderRowMatch {
  guessed?: { firstDataRow: number; finding: Finding };
}

/** Recognises the columns of a header-less sheet from its values (the roster's names, phones, …). */
export type ColumnGuesser = (snap: SheetSnapshot) => TableLayout | undefined;

/** Whether the header row has every essential column, or the columns that stand in for it (姓 + 名). */
export function hasEssentials(def: TableSheetDef, columns: ReadonlyMap<string, unknown>): boolean {
  return def.essential.every((k) => columns.has(k) || (def.standIns?.[k]?.some((s) => columns.has(s)) ?? false));
}

function noHeader(def: TableSheetDef, snap: SheetSnapshot): Finding {
  const sheet = snap.name;
  const names = def.essential.map((k) => def.columns.find((c) => c.key === k)!);
  const examples = (lang: "zh" | "en") =>
    def.columns
      .slice(0, 6)
      .map((c) => c[lang])
      .join(lang === "zh" ? "、" : ", ");
  return sheetProblem(
    "parse.no-header",
    "error",
    sheet,
    a1(snap.top, snap.left),
    {
      zh: `工作表“${sheet}”中找不到表头行：需要包含“${names.map((c) => c.zh).join("”“")}”等列标题的一行。`,
      en: `No header row found on sheet "${sheet}": expected a row with headers such as "${names.map((c) => c.en).join('", "')}".`,
    },
    {
      zh: `在数据上方加一行列标题，例如：${examples("zh")}。`,
      en: `Add a row of column headers above the data, for example: ${examples("en")}.`,
    },
  );
}

/**
 * Reads a sheet of records: finds the header row (or, given a guesser, recognises a header-less
 * list from its values), maps columns in any order, keeps unknown columns, skips blank and total
 * rows and repeats of the header row, and turns each cell into a typed value or a finding. A column whose values mostly do not
 * fit the field its header suggested is kept as an unknown column, with one finding.
 */
export function parseTable<F>(snap: SheetSnapshot, def: TableSheetDef, foundBy: FoundBy, guess?: ColumnGuesser): ParsedTable<F> {
  const sheet = snap.name;
  const findings: Finding[] = [];
  const found = findHeaderRow(snap.values, def.columns);
  // Values are guessed only on a sheet with no header row at all: a header the planner typed says what the columns are.
  const layout: TableLayout | undefined = found ? (hasEssentials(def, found.columns) ? found : undefined) : guess?.(snap);
  if (!layout) return { ...emptyTable<F>(def, [noHeader(def, snap)]), sheet, foundBy };
  if (layout.guessed) findings.push(layout.guessed.finding);

  const headerRowValues: CellValue[] = layout.guessed ? [] : snap.values[layout.index];
  const headerText = (c: number) => (layout.guessed ? columnLetters(snap.left + c) : typedText(headerRowValues[c]));
  let defsByIndex = new Map<number, ColumnDef>();
  for (const col of def.columns) {
    const c = layout.columns.get(col.key);
    if (c !== undefined) defsByIndex.set(c, col);
  }
  for (const d of layout.duplicates) {
    const col = def.columns.find((x) => x.key === d.key)!;
    findings.push(
      sheetProblem("parse.duplicate-column", "warning", sheet, a1(snap.top + layout.index, snap.left + d.col), {
        zh: `工作表“${sheet}”有两列都是“${col.zh}”，只读取第一列，本列按附加列保留。`,
        en: `Sheet "${sheet}" has two "${col.en}" columns; the first is read and this one is kept as an extra column.`,
      }),
    );
  }

  const firstData = layout.guessed ? layout.guessed.firstDataRow : layout.index + 1;
  const dataRows: number[] = [];
  const repeated: number[] = [];
  const totalRows: number[] = [];
  const repeatsHeader = layout.guessed ? () => false : headerRepeats(headerRowValues, defsByIndex.keys());
  for (let r = firstData; r < snap.values.length; r++) {
    const row = snap.values[r];
    if (row.every(isBlank)) continue;
    if (isTotalRow(row)) totalRows.push(snap.top + r);
    else if (repeatsHeader(row)) repeated.push(r);
    else dataRows.push(r);
  }
  if (repeated.length > 0) findings.push(repeatedHeaderFinding(sheet, snap.top, repeated));

  // Column letters once per column rather than once per cell.
  const letters = new Map<number, string>();
  for (const c of defsByIndex.keys()) letters.set(c, columnLetters(snap.left + c));
  const parsed = new Map<number, CellParse[]>();
  for (const [c, col] of defsByIndex) {
    const letter = letters.get(c)!;
    parsed.set(
      c,
      dataRows.map((r) => {
        const res = parseCell(snap.values[r][c] ?? "", col, sheet, letter + (snap.top + r + 1));
        if (snap.plainText && res.cell?.fromText) delete res.cell.fromText;
        return res;
      }),
    );
  }
  const misfits = misfitColumns(defsByIndex, parsed, headerText);
  for (const c of misfits) findings.push(misfitFinding(sheet, snap, layout, c, defsByIndex.get(c)!, headerText(c), parsed.get(c)!));
  if (misfits.size > 0) defsByIndex = new Map([...defsByIndex].filter(([c]) => !misfits.has(c)));

  const columns: ParsedTable<F>["columns"] = new Map();
  for (const [c, col] of defsByIndex)
    columns.set(col.key, { col: snap.left + c, header: headerText(c), ...(layout.guessed ? { guessed: true } : {}) });
  const extraColumns: ParsedTable<F>["extraColumns"] = [];
  const extraNames = new Set<string>();
  const width = Math.max(headerRowValues.length, ...dataRows.slice(0, 1).map((r) => snap.values[r].length));
  for (let c = 0; c < width; c++) {
    if (defsByIndex.has(c)) continue;
    const text = headerText(c);
    if (!text) continue;
    // Two unknown columns with the same header both keep their values: "其他", "其他 (2)".
    let header = text;
    for (let i = 2; extraNames.has(header); i++) header = `${text} (${i})`;
    extraNames.add(header);
    const why = misfits.has(c) ? "mismatch" : isExportColumn(text) ? "export" : undefined;
    extraColumns.push({ col: snap.left + c, header, ...(why ? { why } : {}) });
  }
  const records: ParsedRecord<F>[] = dataRows.map((r, i) => {
    const row = snap.values[r];
    const sheetRow = snap.top + r;
    const fields: Record<string, Cell<unknown>> = {};
    for (const [c, col] of defsByIndex) {
      const res = parsed.get(c)![i];
      if (res.cell) fields[col.key] = res.cell;
      if (res.problem) findings.push(res.problem);
    }
    const extras: Record<string, Cell<CellValue>> = {};
    for (const x of extraColumns) {
      const v = row[x.col - snap.left];
      if (!isBlank(v)) extras[x.header] = { value: v, address: a1(sheetRow, x.col), raw: v };
    }
    return { sheet, row: sheetRow, fields: fields as ParsedRecord<F>["fields"], extras };
  });

  return {
    def,
    sheet,
    foundBy,
    headerRow: layout.guessed ? -1 : snap.top + layout.index,
    columns,
    missingColumns: def.columns.filter((c) => !c.optional && !columns.has(c.key)),
    extraColumns,
    records,
    ...(totalRows.length > 0 ? { totalRows } : {}),
    findings,
  };
}
