import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import { findElements } from "./xmlText";
import { excelTables } from "../excelJsInternals";

/**
 * ExcelJS 4.4 misreads two defaults of a table part written by Excel:
 * - no `headerRowCount` means 1 header row, but ExcelJS reads "no header", and would save the
 *   table with its header row turned into data (Excel then drops the filter);
 * - an <autoFilter> without <filterColumn> means every column shows its filter button, but
 *   ExcelJS would save every button hidden.
 * This puts the stored meaning back after loading.
 */
export async function repairLoadedTables(zip: JSZip, excel: ExcelJS.Workbook): Promise<void> {
  const parts = Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  if (parts.length === 0) return;
  const byName = new Map(excel.worksheets.flatMap((ws) => excelTables(ws)).map((t) => [t.name, t]));
  for (const part of parts) {
    const xml = await zip.file(part)!.async("string");
    const root = /<(?:\w+:)?table\b([^>]*)>/.exec(xml);
    if (!root) continue;
    const attrs = findElements(`<t${root[1]}/>`, "t")[0].attrs;
    const model = byName.get(attrs.name ?? "");
    if (!model) continue;
    model.headerRow = attrs.headerRowCount === undefined ? true : attrs.headerRowCount !== "0";
    const autoFilter = findElements(xml, "autoFilter")[0];
    if (!autoFilter) continue;
    const hidden = new Set(
      findElements(autoFilter.inner, "filterColumn")
        .filter((el) => el.attrs.hiddenButton === "1" || el.attrs.hiddenButton === "true")
        .map((el) => Number(el.attrs.colId)),
    );
    model.columns.forEach((column, i) => {
      column.filterButton = !hidden.has(i);
    });
  }
}
