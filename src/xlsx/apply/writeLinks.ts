import type ExcelJS from "exceljs";
import type { InternalLink } from "../../core/plan/writePlan";
import { restyle, withTypeface } from "./cellStyle";

const LINK_COLOR = "FF0563C1";

/** Where a link points, always quoted: 'Sheet name'!C7. */
export function linkLocation(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * An internal link (or a web address): the cell shows `text` (stored as text) and jumps to the place. ExcelJS
 * wants "#place"; saving turns it into Excel's own form (see package/internalLinks.ts).
 * The link gets Excel's hyperlink look, which a format in the plan can still override.
 */
export function writeLinks(ws: ExcelJS.Worksheet, links: readonly InternalLink[]): void {
  for (const link of links) {
    const cell = ws.getCell(link.row + 1, link.col + 1);
    cell.value = { text: link.text, hyperlink: link.address ?? `#${linkLocation(link.sheet, link.cell)}` };
    restyle(cell, (s) => ({ ...s, font: { ...withTypeface(s.font), color: { argb: LINK_COLOR }, underline: true } }));
  }
}
