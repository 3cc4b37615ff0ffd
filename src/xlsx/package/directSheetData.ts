import { a1 } from "../../core/cellAddress";
import type { CellValue } from "../../core/cellValue";
import type { DirectCells } from "../apply/directCells";
import { booleanContent, inlineText, numberContent, type CellContent } from "./sheetCellPatch";
import { unsupported } from "./spliceUnsupported";

/**
 * A directly written sheet's cells (apply/directCells.ts) put into the part ExcelJS rendered for
 * it: its <sheetData> (the carriers) replaced by the plan's rows, each cell with the style index
 * ExcelJS gave its carrier, and the <dimension> set to what the rows hold.
 */

function contentOf(v: CellValue): CellContent | null {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number") return numberContent(v);
  if (typeof v === "boolean") return booleanContent(v);
  return inlineText(String(v));
}

/** Carrier i's style index in the rendered part (absent: ExcelJS gave it the default, 0). */
function carrierStyles(sheetData: string, count: number): number[] {
  const out = new Array<number>(count + 1).fill(0);
  for (const m of sheetData.matchAll(/<c\b[^>]*?\br="A(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
    const row = Number(m[1]);
    const s = /\bs="(\d+)"/.exec(m[0])?.[1];
    if (row >= 1 && row <= count) out[row] = s === undefined ? 0 : Number(s);
  }
  return out;
}

/** The rows' XML, and the rectangle they hold. */
function renderRows(direct: DirectCells, styleIndex: readonly number[]): { xml: string; ref?: string } {
  const { top, left, rows, cols, styleAt } = direct;
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(""));
  for (const b of direct.values) {
    b.values.forEach((row, i) => row.forEach((v, j) => (values[b.row + i - top][b.col + j - left] = v)));
  }
  const parts: string[] = [];
  let [minR, minC, maxR, maxC] = [Infinity, Infinity, -1, -1];
  const heightRows = [...direct.heights.keys()].filter((r) => r < top || r >= top + rows).sort((a, b) => a - b);
  const rowTag = (r: number, inner: string) => {
    const h = direct.heights.get(r);
    const ht = h !== undefined ? ` ht="${h}" customHeight="1"` : "";
    return `<row r="${r + 1}"${ht}${inner ? `>${inner}</row>` : "/>"}`;
  };
  let h = 0;
  for (let i = 0; i < rows; i++) {
    const r = top + i;
    while (h < heightRows.length && heightRows[h] < r) parts.push(rowTag(heightRows[h++], ""));
    let inner = "";
    for (let j = 0; j < cols; j++) {
      const content = contentOf(values[i][j]);
      const style = styleIndex[styleAt[i * cols + j]];
      if (!content && !style) continue;
      const c = left + j;
      const s = style ? ` s="${style}"` : "";
      inner += content ? `<c r="${a1(r, c)}"${s}${content.t ? ` t="${content.t}"` : ""}>${content.inner}</c>` : `<c r="${a1(r, c)}"${s}/>`;
      [minR, minC, maxR, maxC] = [Math.min(minR, r), Math.min(minC, c), Math.max(maxR, r), Math.max(maxC, c)];
    }
    values[i] = []; // rendered: let it go
    if (inner || direct.heights.has(r)) parts.push(rowTag(r, inner));
  }
  while (h < heightRows.length) parts.push(rowTag(heightRows[h++], ""));
  const ref = maxR < 0 ? undefined : minR === maxR && minC === maxC ? a1(minR, minC) : `${a1(minR, minC)}:${a1(maxR, maxC)}`;
  return { xml: parts.join(""), ref };
}

export function withDirectSheetData(xml: string, direct: DirectCells): string {
  const data = /<sheetData\s*\/>|<sheetData>([\s\S]*?)<\/sheetData>/.exec(xml);
  if (!data) unsupported("a rendered sheet without <sheetData>");
  const styleIndex = carrierStyles(data[1] ?? "", direct.styles.length - 1);
  const { xml: rowsXml, ref } = renderRows(direct, styleIndex);
  const head = xml.slice(0, data.index).replace(/(<dimension\b[^>]*\bref=")[^"]*(")/, (m, a: string, z: string) => (ref ? a + ref + z : m));
  return `${head}<sheetData>${rowsXml}</sheetData>${xml.slice(data.index + data[0].length)}`;
}
