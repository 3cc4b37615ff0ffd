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
  for (const key of ["bold", "italic", "fontColor", "fontSize", "fill", "wrap", "horizontal", "vertical"] as const) {
    if (f[key] !== undefined) props++;
  }
  if (f.border) props += 18; // six edges × style, weight, colour
  return OP_OVERHEAD_BYTES + props * FORMAT_PROPERTY_BYTES + f.range.rows * numberFormatRowBytes(f);
}

/**
 * One action per setting (orientation, zoom, centering, print area, title rows), one for
 * removing the old breaks, and a range lookup plus an add for each break.
 */
function pageBytes(page: PageSetup, fresh: boolean): number {
  const settings = 3 + (page.printArea ? 2 : 0) + (page.titleRows ? 2 : 0) + (fresh ? 1 : 0);
  return OP_OVERHEAD_BYTES * (settings + 2 * pageBreakRows(page).length);
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
