import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import { rowBreaks } from "../excelJsInternals";
import type { SheetEntry } from "./workbookParts";
import { readPartContaining } from "./zipParts";
import { findElements } from "./xmlText";

/**
 * ExcelJS 4.4 parses a sheet's <rowBreaks> but never hands them to the worksheet, so a sheet's
 * manual page breaks vanish on the next save. Put them back after loading.
 */
export async function restoreRowBreaks(zip: JSZip, excel: ExcelJS.Workbook, sheets: readonly SheetEntry[]): Promise<void> {
  for (const ws of excel.worksheets) {
    const part = sheets.find((s) => s.name === ws.name)?.part;
    const xml = part ? await readPartContaining(zip, part, "rowBreaks") : undefined;
    const block = xml ? findElements(xml, "rowBreaks")[0] : undefined;
    if (!block) continue;
    const breaks = rowBreaks(ws);
    for (const el of findElements(block.inner, "brk")) {
      const id = Number(el.attrs.id);
      if (!Number.isInteger(id) || id <= 0 || breaks.some((b) => b.id === id)) continue;
      breaks.push({
        id,
        min: Number(el.attrs.min ?? 0),
        max: Number(el.attrs.max ?? LAST_COLUMN),
        man: el.attrs.man === "1" || el.attrs.man === "true" ? 1 : 0,
      });
    }
  }
}

/** The 0-based index of column XFD, what Excel writes as a row break's `max`. */
export const LAST_COLUMN = 16383;
