import { findElements } from "./xmlText";

export const TABLE_PARTS = /^xl\/tables\/[^/]+\.xml$/;

/**
 * A table without a header row has no filter buttons to show, and Excel refuses an
 * <autoFilter> in such a table part ("We found a problem with some content…"). ExcelJS 4.4
 * writes one for every table, so it goes from a table part with `headerRowCount="0"`.
 */
export function withoutHeaderlessFilter(tableXml: string): string {
  const root = /<(?:[A-Za-z_][\w.-]*:)?table\b([^>]*)>/.exec(tableXml);
  if (!root) return tableXml;
  const attrs = findElements(`<t${root[1]}/>`, "t")[0].attrs;
  if (attrs.headerRowCount !== "0") return tableXml;
  const filter = findElements(tableXml, "autoFilter")[0];
  return filter ? tableXml.slice(0, filter.start) + tableXml.slice(filter.end) : tableXml;
}
