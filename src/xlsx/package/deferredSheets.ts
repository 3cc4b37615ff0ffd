import type JSZip from "jszip";
import type { SheetSnapshot } from "../../workbook/gateway";
import { readSharedStrings, SHARED_STRINGS_PART } from "../read/sharedStrings";
import { scanSheetPart } from "../read/sheetXmlCells";
import { snapshotOfCells } from "../read/usedRange";
import { parseRelationships, resolveTarget, type SheetEntry } from "./workbookParts";

/**
 * A large worksheet (a 100,000-person roster) is read from its XML, not loaded into ExcelJS:
 * ExcelJS holds an object per cell (650 MB for such a roster) that a command never needs, since
 * the planner's sheets are only read and, at most, have cells patched into them when saving
 * (sheetCellPatch.ts). ExcelJS gets the sheet without its rows — its columns, views, merges,
 * validations and tables stay — and its values are read once, here, as `read` gives them.
 */

/** Sheets whose part inflates past this are deferred when the caller asks for it (the command line does). */
export const DEFER_SHEET_BYTES = 4 * 2 ** 20;

type Sizes = { _data?: { uncompressedSize?: number } | string };

/** The part's size as the zip declares it, or as the text a repair put there (validationRanges.ts). */
function partSize(zip: JSZip, part: string): number {
  const data = (zip.file(part) as unknown as Sizes | null)?._data;
  if (typeof data === "string") return data.length;
  return (data?.uncompressedSize ?? 0) >>> 0;
}

async function sharedStringsPart(zip: JSZip): Promise<string> {
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  for (const rel of rels ? parseRelationships(rels).values() : []) {
    if (rel.type.endsWith("/sharedStrings")) return resolveTarget("xl", rel.target);
  }
  return SHARED_STRINGS_PART;
}

/** The sheet part as ExcelJS is given it: no rows, and no hyperlinks (they would make cells of their own). */
function withoutRows(head: string, tail: string): string {
  return `${head}<sheetData/>${tail.replace(/<hyperlinks>[\s\S]*?<\/hyperlinks>/, "")}`;
}

/**
 * Defers every worksheet of `entries` whose part is larger than `threshold` bytes: reads its
 * values into a snapshot and leaves the part in `zip` without rows. Returns the snapshots by
 * sheet name (as the file names the sheet).
 */
export async function deferLargeSheets(zip: JSZip, entries: readonly SheetEntry[], threshold: number): Promise<Map<string, SheetSnapshot>> {
  const deferred = new Map<string, SheetSnapshot>();
  const large = entries.filter((e) => e.part?.startsWith("xl/worksheets/") && partSize(zip, e.part) > threshold);
  if (large.length === 0) return deferred;
  const strings = await readSharedStrings(zip, await sharedStringsPart(zip));
  for (const entry of large) {
    const scanned = await scanSheetPart(zip, entry.part!, strings);
    if (!scanned) continue;
    deferred.set(entry.name, snapshotOfCells(entry.name, scanned.found));
    zip.file(entry.part!, withoutRows(scanned.head, scanned.tail));
  }
  return deferred;
}
