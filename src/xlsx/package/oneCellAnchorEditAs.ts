export const DRAWING_PARTS = /^xl\/drawings\/[^/]+\.xml$/;

/**
 * `editAs` (move and size with cells, or not) belongs to a picture anchored at two cells. A
 * picture anchored at one cell plus a size has no such choice, and Excel offers to repair a
 * drawing whose <xdr:oneCellAnchor> carries one; ExcelJS 4.4 writes `editAs="oneCell"` on every
 * one-cell anchor, including the pictures it read from Excel's own files.
 */
export function withoutOneCellEditAs(drawingXml: string): string {
  return drawingXml.replace(/(<(?:[A-Za-z_][\w.-]*:)?oneCellAnchor\b[^>]*?)\s+editAs\s*=\s*(?:"[^"]*"|'[^']*')/g, "$1");
}
