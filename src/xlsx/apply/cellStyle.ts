import type ExcelJS from "exceljs";

/**
 * Changes one cell's style without touching any other cell. ExcelJS shares one style object
 * among all the cells of a loaded file that had the same style, so assigning `cell.font`
 * would restyle all of them; a fresh style object per change keeps it to this cell.
 */
export function restyle(cell: ExcelJS.Cell, change: (style: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>): void {
  cell.style = change({ ...cell.style }) as ExcelJS.Style;
}

/** "#1F4E78" → "FF1F4E78" (ExcelJS colours are ARGB). */
export function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  const rgb =
    h.length === 3
      ? h
          .split("")
          .map((c) => c + c)
          .join("")
      : h.slice(-6);
  return `FF${rgb.padStart(6, "0")}`;
}

/**
 * A cell without a style of its own gets a font entry of just the changed fields from ExcelJS,
 * with no typeface or size: LibreOffice then prints it in a serif at its own size. A change starts
 * from the workbook's body font (the theme's minor font, Calibri in ExcelJS's theme) instead.
 */
const BODY_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2, scheme: "minor" };

export function withTypeface(font: Partial<ExcelJS.Font> | undefined): Partial<ExcelJS.Font> {
  return font?.name ? font : { ...BODY_FONT, ...font };
}
