import JSZip from "jszip";

/**
 * Reads the parts of a saved .xlsx that ExcelJS does not report faithfully (defined names,
 * internal links), straight from the XML, so tests do not check the adapter with its own code.
 */

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

export interface RawName {
  name: string;
  localSheetId?: number;
  text: string;
  attributes: Record<string, string>;
}

export interface RawPackage {
  zip: JSZip;
  sheets: { name: string; part: string }[];
  names: RawName[];
  activeTab: number;
}

export async function readRawPackage(data: Uint8Array): Promise<RawPackage> {
  const zip = await JSZip.loadAsync(data);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    targets.set(a.Id, a.Target.startsWith("/") ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const a = attrs(m[0]);
    return { name: a.name, part: targets.get(a["r:id"]) ?? "" };
  });
  const names = [...workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => {
    const a = attrs(m[1]);
    const { name, localSheetId, ...attributes } = a;
    return { name, localSheetId: localSheetId === undefined ? undefined : Number(localSheetId), text: decode(m[2]), attributes };
  });
  const activeTab = Number(/<workbookView\b[^>]*activeTab="(\d+)"/.exec(workbook)?.[1] ?? 0);
  return { zip, sheets, names, activeTab };
}

export interface RawLink {
  ref: string;
  /** In-workbook place, for a link stored as Excel stores internal links. */
  location?: string;
  /** Relationship target, for a link stored through a relationship. */
  target?: string;
}

export async function readRawLinks(pkg: RawPackage, sheetName: string): Promise<RawLink[]> {
  const part = pkg.sheets.find((s) => s.name === sheetName)?.part;
  if (!part) return [];
  const xml = await pkg.zip.file(part)!.async("string");
  const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
  const relsXml = (await pkg.zip.file(relsPath)?.async("string")) ?? "";
  const relTargets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    relTargets.set(a.Id, a.Target);
  }
  return [...xml.matchAll(/<hyperlink\b[^>]*>/g)].map((m) => {
    const a = attrs(m[0]);
    return { ref: a.ref, location: a.location, target: a["r:id"] ? relTargets.get(a["r:id"]) : undefined };
  });
}
