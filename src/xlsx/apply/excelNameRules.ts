import { reject } from "./planRejected";

/** Excel's rules for the names of sheets and tables, checked before Excel (or a reader of the file) refuses them. */

export function checkSheetName(name: string): void {
  const bad =
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"; // reserved by Excel for change tracking
  if (bad) reject(`"${name}" cannot be used as a sheet name in Excel.`, `“${name}”不能用作 Excel 工作表名称。`);
}

/** Letters (any script), digits, "_", "." and backslash; not starting with a digit or "."; not a cell reference (B2, R1C1). */
const TABLE_NAME = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/;
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|[Cc]\d*)$/;

/** Table names share one namespace with the workbook's defined names, regardless of case. */
export function checkTableName(name: string, taken: Set<string>): void {
  if (name.length > 255 || !TABLE_NAME.test(name) || LOOKS_LIKE_REFERENCE.test(name)) {
    reject(`"${name}" cannot be used as a table name in Excel.`, `“${name}”不能用作 Excel 表格名称。`);
  }
  if (taken.has(name.toLowerCase())) {
    reject(`The workbook already has a table or name called "${name}".`, `工作簿中已有名为“${name}”的表格或名称。`);
  }
  taken.add(name.toLowerCase());
}
