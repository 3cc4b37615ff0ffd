import type JSZip from "jszip";
import { findElements } from "./xmlText";

/**
 * A relationships part with no <Relationship> in it says nothing, and Excel offers to repair a
 * package that has one. The adapter makes them itself: a sheet whose links all point inside the
 * workbook loses every relationship ExcelJS 4.4 wrote for them (see internalLinks.ts). A part
 * without relationships simply has no .rels, so the empty ones go, with any content type
 * entry naming them.
 */
export async function removeEmptyRelationships(zip: JSZip): Promise<void> {
  const removed: string[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/(^|\/)_rels\/[^/]*\.rels$/.test(file.name)) continue;
    const xml = await file.async("string");
    if (findElements(xml, "Relationship").length > 0) continue;
    zip.remove(file.name);
    removed.push(`/${file.name}`);
    // JSZip keeps a folder entry for _rels/; with nothing left in it, it goes too.
    const folder = file.name.slice(0, file.name.lastIndexOf("/") + 1);
    if (folder && !Object.keys(zip.files).some((name) => name !== folder && name.startsWith(folder))) zip.remove(folder);
  }
  if (removed.length === 0) return;
  const types = await zip.file("[Content_Types].xml")?.async("string");
  if (!types) return;
  const overrides = findElements(types, "Override").filter((el) => removed.includes(el.attrs.PartName ?? ""));
  let kept = types;
  for (const el of overrides.reverse()) kept = kept.slice(0, el.start) + kept.slice(el.end);
  if (kept !== types) zip.file("[Content_Types].xml", kept);
}
