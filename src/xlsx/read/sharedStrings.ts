import type JSZip from "jszip";
import { stringItemText } from "./xmlCellText";

/** The workbook's shared strings part, wherever workbook.xml.rels puts it; Excel names it so. */
export const SHARED_STRINGS_PART = "xl/sharedStrings.xml";

const ITEM = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;

/** The shared strings table's texts by index, as cells with t="s" refer to them. */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(ITEM)) out.push(m[1] ? stringItemText(m[1]) : "");
  return out;
}

export async function readSharedStrings(zip: JSZip, part = SHARED_STRINGS_PART): Promise<string[]> {
  const file = zip.file(part);
  return file ? parseSharedStrings(await file.async("string")) : [];
}
