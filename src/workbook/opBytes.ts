import type { FormatSpec, PageSetup } from "../core/plan/writePlan";
import type { ChunkOp } from "./chunkOp";
import { pageBreakRows } from "./pageSetup";
import { jsonBytes } from "./utf8Bytes";

/** Estimated cost of one operation besides its data: object paths, ids, action records. */
export const OP_OVERHEAD_BYTES = 512;

/** Per formatting property set (each is its own action in the request). */
const FORMAT_PROPERTY_BYTES = 160;

/** Bytes of one number format per cell, as Office.js sends it (a full 2D array). */
export function numberFormatRowBytes(f: FormatSpec): number {
  return f.numberFormat === undefined ? 0 : f.range.cols * (jsonBytes(f.numberFormat) + 1) + 2;
}

export function formatBytes(f: FormatSpec): number {
  let props = 0;
  for (const key of [
    "bold",
    "italic",
    "fontColor",
    "fontSize",
    "fontName",
    "rotation",
    "fill",
    "wrap",
    "horizontal",
    "vertical",
  ] as const) {
    if (f[key] !== undefined) props++;
  }
  if (f.border) props += 18; // six edges × style, weight, colour
  return OP_OVERHEAD_BYTES + props * FORMAT_PROPERTY_BYTES + f.range.rows * numberFormatRowBytes(f);
}

/** Footer parts sent: the plan's, or all three for a replaced sheet (the ones left out are emptied). */
function footerParts(page: PageSetup, fresh: boolean): number {
  if (fresh) return 3;
  const f = page.footer ?? {};
  return (f.left !== undefined ? 1 : 0) + (f.center !== undefined ? 1 : 0) + (f.right !== undefined ? 1 : 0);
}

/**
 * One action per setting (orientation, zoom, centering, paper, six margins, print area, title
 * rows), the footer's objects and one action per part with its text, one for removing the old
 * breaks, and a range lookup plus an add for each break.
 */
function pageBytes(page: PageSetup, fresh: boolean): number {
  const parts = footerParts(page, fresh);
  const settings =
    3 +
    (page.paper ? 1 : 0) +
    (page.margins ? 6 : 0) +
    (parts > 0 ? 1 + parts : 0) +
    (page.printArea ? 2 : 0) +
    (page.titleRows ? 2 : 0) +
    (fresh ? 1 : 0);
  const footerText = parts > 0 ? jsonBytes(page.footer ?? {}) : 0;
  return OP_OVERHEAD_BYTES * (settings + 2 * pageBreakRows(page).length) + footerText;
}

/** Estimated request bytes of one operation. */
export function estimateOpBytes(op: ChunkOp): number {
  switch (op.kind) {
    case "values":
      return OP_OVERHEAD_BYTES + jsonBytes(op.values);
    case "formulas":
      return OP_OVERHEAD_BYTES + jsonBytes(op.formulas);
    case "format":
      return formatBytes(op.format);
    case "validation":
      return OP_OVERHEAD_BYTES * 2 + jsonBytes(op.validation.list);
    case "link":
      return OP_OVERHEAD_BYTES + jsonBytes(op.link);
    case "merge":
      // A range lookup and one call: no data.
      return OP_OVERHEAD_BYTES + jsonBytes(op.sheet);
    case "clearSheet":
      return OP_OVERHEAD_BYTES * 6;
    case "marker":
      return OP_OVERHEAD_BYTES * 3 + jsonBytes(op.sheet);
    case "expectMarker":
      return OP_OVERHEAD_BYTES * 2;
    case "page":
      return pageBytes(op.page, op.fresh) + jsonBytes(op.sheet);
    default:
      return OP_OVERHEAD_BYTES + jsonBytes(op.sheet);
  }
}
