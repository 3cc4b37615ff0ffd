import type ExcelJS from "exceljs";
import type { FormatSpec, SheetWrite } from "../../core/plan/writePlan";
import { dateToSerial } from "../read/dateSerial";
import { booleanContent, inlineText, numberContent, type CellContent, type CellEdit } from "./sheetCellPatch";
import { unsupported } from "./spliceUnsupported";
import { encodeXml } from "./xmlText";

/**
 * What `update` writes did to one of the planner's sheets, as cell edits for sheetCellPatch.ts:
 * the cells the writes name, each with what the in-memory workbook holds there now. A write that
 * does more than values and number formats (widths, validations, tables, links, formulas, print
 * settings…) is refused, and saving writes the whole workbook.
 */

const SHEET_FEATURES = [
  "formulas",
  "links",
  "tables",
  "columnWidths",
  "rowHeights",
  "validations",
  "checkboxes",
  "page",
  "freeze",
  "hidden",
  "owner",
] as const satisfies readonly (keyof SheetWrite)[];

function present(value: unknown): boolean {
  return value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);
}

function checkWrite(sw: SheetWrite): void {
  if (sw.mode !== "update") unsupported(`a "${sw.mode}" write to the planner's sheet "${sw.name}"`);
  for (const feature of SHEET_FEATURES) if (present(sw[feature])) unsupported(`${feature} written to the planner's sheet "${sw.name}"`);
  for (const f of sw.formats ?? []) {
    const other = Object.keys(f).filter((k) => k !== "range" && k !== "numberFormat" && f[k as keyof FormatSpec] !== undefined);
    if (other.length) unsupported(`${other.join(", ")} formatted on the planner's sheet "${sw.name}"`);
  }
}

/** The content of a cell as the in-memory workbook holds it. */
function contentOf(cell: ExcelJS.Cell, date1904: boolean): CellContent | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return numberContent(v);
  if (typeof v === "string") return inlineText(v);
  if (typeof v === "boolean") return booleanContent(v);
  if (v instanceof Date) return numberContent(dateToSerial(v, date1904));
  if (typeof v === "object" && "error" in v && Object.keys(v).length === 1)
    return { t: "e", inner: `<v>${encodeXml(String(v.error))}</v>` };
  return unsupported(`${cell.address} holds a value the splice does not write (a formula, link or rich text)`);
}

/**
 * The edits for one sheet. `withNumberFormat` gives the style index for a cell's current one with
 * another number format (stylesMerge.ts).
 */
export function sheetEdits(
  ws: ExcelJS.Worksheet,
  writes: readonly SheetWrite[],
  date1904: boolean,
  withNumberFormat: (current: number | undefined, code: string) => number,
): CellEdit[] {
  const cells = new Map<string, { row: number; col: number; value: boolean; format: boolean }>();
  const mark = (row: number, col: number, what: "value" | "format") => {
    const key = `${row},${col}`;
    const at = cells.get(key) ?? { row, col, value: false, format: false };
    at[what] = true;
    cells.set(key, at);
  };
  for (const sw of writes) {
    checkWrite(sw);
    for (const block of sw.values) block.values.forEach((r, i) => r.forEach((_, j) => mark(block.row + i + 1, block.col + j + 1, "value")));
    for (const f of sw.formats ?? []) {
      if (f.numberFormat === undefined) continue;
      for (let r = 0; r < f.range.rows; r++)
        for (let c = 0; c < f.range.cols; c++) mark(f.range.row + r + 1, f.range.col + c + 1, "format");
    }
  }
  return [...cells.values()]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map(({ row, col, value, format }) => {
      const cell = ws.getCell(row, col);
      if (cell.isMerged) unsupported(`${cell.address} is part of merged cells`);
      const edit: CellEdit = { row, col };
      if (value) edit.value = contentOf(cell, date1904);
      if (format) {
        const code = cell.numFmt || "General";
        edit.style = (current) => withNumberFormat(current, code);
      }
      return edit;
    });
}
