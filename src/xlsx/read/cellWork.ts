import ExcelJS from "exceljs";
import type { CellWork, SheetSnapshot } from "../../workbook/gateway";

/** The place of an internal link as the adapter holds it after loading ("#'Sheet'!A1", see package/internalLinks.ts). */
const placeOf = (link: string) => (link.startsWith("#") ? link.slice(1) : undefined);

/** The formulas and hyperlinks inside a snapshot's rectangle, as Office's `formulas` and hyperlinks would give them. */
export function cellWork(ws: ExcelJS.Worksheet, snapshot: SheetSnapshot): CellWork[] {
  const work: CellWork[] = [];
  const rows = snapshot.values.length;
  const cols = rows ? snapshot.values[0].length : 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1 - snapshot.top;
    if (r < 0 || r >= rows) return;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1 - snapshot.left;
      if (c < 0 || c >= cols || (cell.isMerged && cell.master !== cell)) return;
      // `formula` resolves a shared formula to this cell's own text.
      if (cell.type === ExcelJS.ValueType.Formula && cell.formula) work.push({ row: r, col: c, formula: `=${cell.formula}` });
      const link = cell.type === ExcelJS.ValueType.Hyperlink ? (cell.value as ExcelJS.CellHyperlinkValue).hyperlink : undefined;
      if (link) {
        const place = placeOf(link);
        work.push({ row: r, col: c, ...(place ? { location: place } : { address: link }) });
      }
    });
  });
  return work;
}
