import { a1 } from "../cellAddress";
import type { Finding } from "../finding";
import type { SheetSnapshot } from "../../workbook/gateway";
import type { CellParse } from "./parseCell";
import { sheetProblem } from "./parseProblems";
import type { ColumnDef } from "./sheetDef";
import type { HeaderRowMatch } from "./headerMatch";
import { foldKey } from "./normalize/text";

/** Types whose cells can fail to read; a free-text column always fits. */
const CHECKED = new Set(["enum", "boolean", "dateTime", "integer", "number", "money", "percent"]);
/** A column needs this many unreadable cells, and more unreadable than readable, before its header is doubted. */
const MIN_MISFITS = 5;

/**
 * Columns whose header named a field their values mostly do not fit: a wedding list's "Category"
 * (Friends, Family, Work) is not the roster's 身份. Such a column is kept as an unknown column
 * with one finding, instead of a warning on every cell.
 */
export function misfitColumns(
  defsByIndex: ReadonlyMap<number, ColumnDef>,
  parsed: ReadonlyMap<number, readonly CellParse[]>,
  headerText: (c: number) => string,
): Set<number> {
  const out = new Set<number>();
  for (const [c, col] of defsByIndex) {
    if (!CHECKED.has(col.type)) continue;
    // A column under the contract's own header is ours: its unreadable cells are each reported.
    const k = foldKey(headerText(c));
    if (k === foldKey(col.zh) || k === foldKey(col.en)) continue;
    let read = 0;
    let failed = 0;
    for (const res of parsed.get(c)!) {
      if (res.cell) read++;
      else if (res.problem) failed++;
    }
    if (failed >= MIN_MISFITS && failed > read) out.add(c);
  }
  return out;
}

export function misfitFinding(
  sheet: string,
  snap: SheetSnapshot,
  layout: HeaderRowMatch,
  c: number,
  col: ColumnDef,
  header: string,
  cells: readonly CellParse[],
): Finding {
  const failed = cells.filter((r) => !r.cell && r.problem).length;
  const filled = cells.filter((r) => r.cell || r.problem).length;
  return sheetProblem(
    "parse.column-not-used",
    "info",
    sheet,
    a1(snap.top + Math.max(layout.index, 0), snap.left + c),
    {
      zh: `“${header}”列有 ${failed}/${filled} 个值不是${col.zh}，因此不当作“${col.zh}”列读取，按附加列原样保留。`,
      en: `${failed} of ${filled} values in the "${header}" column are not a ${col.en.toLowerCase()}, so it is not read as the ${col.en} column; it is kept as it is.`,
    },
    {
      zh: `如果这一列确实是“${col.zh}”，请按下拉列表中的值填写；否则可以改一个列标题。`,
      en: `If this column really is the ${col.en}, use the listed values; otherwise give it another header.`,
    },
  );
}
