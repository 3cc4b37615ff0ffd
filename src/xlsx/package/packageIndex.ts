import { encodeXml, findElements } from "./xmlText";
import { parseRelationships, resolveTarget } from "./workbookParts";

/**
 * The package's two indexes, edited in place: [Content_Types].xml (what each part is) and a
 * .rels part (what a part points at). Entries are added and removed; the rest stays as written.
 */

export const CONTENT_TYPES_PART = "[Content_Types].xml";
export const SHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const TABLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Adds an Override for each new part (replacing any it had) and removes those of the parts gone. */
export function editContentTypes(xml: string, add: ReadonlyMap<string, string>, remove: ReadonlySet<string>): string {
  const drop = new Set([...remove, ...add.keys()].map((p) => `/${p}`));
  let out = xml;
  for (const el of findElements(xml, "Override").reverse()) {
    if (drop.has(el.attrs.PartName ?? "")) out = out.slice(0, el.start) + out.slice(el.end);
  }
  const added = [...add].map(([part, type]) => `<Override PartName="/${encodeXml(part)}" ContentType="${type}"/>`).join("");
  return out.replace(/<\/Types>\s*$/, `${added}</Types>`);
}

/** The content type the package's main part declares (the workbook's kind: .xlsx, .xlsm, template). */
export function contentTypeOf(xml: string, part: string): string | undefined {
  return findElements(xml, "Override").find((el) => el.attrs.PartName === `/${part}`)?.attrs.ContentType;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external?: boolean;
}

/** Removes the relationships `drop` names (by id) and appends `add`. */
export function editRelationships(xml: string, drop: ReadonlySet<string>, add: readonly Relationship[]): string {
  let out = xml;
  for (const el of findElements(xml, "Relationship").reverse()) {
    if (drop.has(el.attrs.Id ?? "")) out = out.slice(0, el.start) + out.slice(el.end);
  }
  return out.replace(/<\/Relationships>\s*$/, `${add.map(renderRelationship).join("")}</Relationships>`);
}

export function renderRelationship(r: Relationship): string {
  const mode = r.external ? ' TargetMode="External"' : "";
  return `<Relationship Id="${encodeXml(r.id)}" Type="${encodeXml(r.type)}" Target="${encodeXml(r.target)}"${mode}/>`;
}

export function relationshipsXml(list: readonly Relationship[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(renderRelationship).join("")}</Relationships>`;
}

/** A relationship id not yet in `taken` ("rId7"); it is added to `taken`. */
export function freeRelationshipId(taken: Set<string>): string {
  for (let n = taken.size + 1; ; n++) {
    const id = `rId${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** The parts a .rels part points at inside the package (external targets left out). */
export function internalTargets(relsPath: string, relsXml: string): string[] {
  const base = relsPath.replace(/(^|\/)_rels\/[^/]*$/, "");
  return [...parseRelationships(relsXml).values()].filter((r) => r.mode !== "External").map((r) => resolveTarget(base, r.target));
}

/** A relative path from a folder to a part: ("xl/worksheets", "xl/tables/table3.xml") → "../tables/table3.xml". */
export function relativeTarget(fromFolder: string, part: string): string {
  const from = fromFolder.split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill(".."), ...to.slice(common)].join("/");
}
