/**
 * A formula moved from one row to another, its references to its own row following it, as they
 * would had rows been inserted or deleted above it in Excel: `=IF(G5="Done",1,0)` in row 5 reads
 * `=IF(G7="Done",1,0)` in row 7. References to other rows, other sheets and names stay as typed.
 * Rows are 1-based, as in A1 references.
 */
export function shiftOwnRow(formula: string, fromRow: number, toRow: number): string {
  if (fromRow === toRow) return formula;
  // Text in double quotes ("" escapes a quote) is never a reference.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : shiftPart(part, fromRow, toRow)))
    .join("");
}

// A cell reference: not part of a longer name, not sheet-qualified (after "!"), not a function (before "(").
const REF = /(^|[^A-Za-z0-9_.!'$])(\$?[A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(!])/g;

function shiftPart(part: string, fromRow: number, toRow: number): string {
  return part.replace(REF, (whole, before: string, col: string, dollar: string, row: string) =>
    Number(row) === fromRow ? `${before}${col}${dollar}${toRow}` : whole,
  );
}
