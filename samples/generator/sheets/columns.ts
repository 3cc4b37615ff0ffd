import type { ColumnDef } from "../../../src/core/schema/sheetDef";

/** Column indexes by field type, for the writer's number formats. */
export function columnsOfType(defs: readonly (ColumnDef | undefined)[], types: readonly ColumnDef["type"][]): number[] {
  const out: number[] = [];
  defs.forEach((d, i) => {
    if (d && types.includes(d.type)) out.push(i);
  });
  return out;
}
