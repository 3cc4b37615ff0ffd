import type JSZip from "jszip";
import { attributeByLocalName, findElements } from "./xmlText";

export const WORKBOOK_PART = "xl/workbook.xml";
export const WORKBOOK_RELS_PART = "xl/_rels/workbook.xml.rels";

/** One entry of the workbook's <sheets>, in tab order: worksheets and chartsheets alike. */
export interface SheetEntry {
  name: string;
  /** The zip path of the sheet's part, e.g. "xl/worksheets/sheet1.xml" (undefined if unresolved). */
  part?: string;
}

export async function readText(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? file.async("string") : undefined;
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolveTarget(baseFolder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = baseFolder.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** Relationship id → target, for one .rels part. */
export function parseRelationships(relsXml: string): Map<string, { target: string; type: string; mode?: string }> {
  const map = new Map<string, { target: string; type: string; mode?: string }>();
  for (const el of findElements(relsXml, "Relationship")) {
    const id = el.attrs.Id;
    if (id) map.set(id, { target: el.attrs.Target ?? "", type: el.attrs.Type ?? "", mode: el.attrs.TargetMode });
  }
  return map;
}

/** The sheets listed in workbook.xml, in tab order, with their part paths. */
export function parseSheetEntries(workbookXml: string, relsXml: string | undefined): SheetEntry[] {
  const rels = relsXml ? parseRelationships(relsXml) : new Map();
  const sheetsBlock = findElements(workbookXml, "sheets")[0];
  if (!sheetsBlock) return [];
  return findElements(sheetsBlock.inner, "sheet").map((el) => {
    const relId = attributeByLocalName(el.attrs, "id");
    const rel = relId ? rels.get(relId) : undefined;
    return { name: el.attrs.name ?? "", part: rel ? resolveTarget("xl", rel.target) : undefined };
  });
}

export async function readSheetEntries(zip: JSZip): Promise<SheetEntry[]> {
  const workbookXml = await readText(zip, WORKBOOK_PART);
  if (!workbookXml) return [];
  return parseSheetEntries(workbookXml, await readText(zip, WORKBOOK_RELS_PART));
}

/** The .rels part that belongs to a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}
