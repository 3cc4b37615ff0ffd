import type { FormatSpec } from "../core/plan/writePlan";
import { charsToPoints } from "./columnWidth";
import type { WriteSession } from "./writeSession";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** A thin border around every cell: the outer edges, and the inner ones where there are any. */
type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

function borderEdges(rows: number, cols: number): Edge[] {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (cols > 1) edges.push("InsideVertical");
  if (rows > 1) edges.push("InsideHorizontal");
  return edges;
}

export function applyFormat(session: WriteSession, sheet: string, f: FormatSpec): void {
  const { row, col, rows, cols } = f.range;
  if (rows < 1 || cols < 1) return;
  const range = session.sheet(sheet).getRangeByIndexes(row, col, rows, cols);
  // Office takes a number format per cell, not one for the whole range.
  if (f.numberFormat !== undefined) {
    const line = new Array<string>(cols).fill(f.numberFormat);
    range.numberFormat = Array.from({ length: rows }, () => line);
  }
  const format = range.format;
  if (f.bold !== undefined) format.font.bold = f.bold;
  if (f.italic !== undefined) format.font.italic = f.italic;
  if (f.fontColor !== undefined) format.font.color = f.fontColor;
  if (f.fontSize !== undefined) format.font.size = f.fontSize;
  // A name Excel does not have is kept and shown in the host's nearest typeface.
  if (f.fontName !== undefined) format.font.name = f.fontName;
  if (f.fill !== undefined) format.fill.color = f.fill;
  if (f.wrap !== undefined) format.wrapText = f.wrap;
  if (f.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[f.horizontal];
  if (f.vertical !== undefined) format.verticalAlignment = VERTICAL[f.vertical];
  // Degrees counter-clockwise, as the plan gives them (ExcelApi 1.7).
  if (f.rotation !== undefined) format.textOrientation = f.rotation;
  if (f.border) {
    for (const edge of borderEdges(rows, cols)) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

/** Width in characters (the plan's unit) set in points (Office's unit). */
export function applyColumnWidth(session: WriteSession, sheet: string, col: number, width: number): void {
  session.sheet(sheet).getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(width);
}

/** Every row of the run at once: Excel sets the height of whole rows, whatever the columns. */
export function applyRowHeight(session: WriteSession, sheet: string, row: number, rows: number, height: number): void {
  session.sheet(sheet).getRangeByIndexes(row, 0, rows, 1).format.rowHeight = height;
}
