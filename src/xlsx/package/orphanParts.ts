import type JSZip from "jszip";
import { internalTargets } from "./packageIndex";
import { relsPartOf } from "./workbookParts";
import { readPartText } from "./zipParts";

const RELS = /(^|\/)_rels\/[^/]*\.rels$/;

/** The part a .rels part belongs to ("xl/worksheets/_rels/sheet1.xml.rels" → "xl/worksheets/sheet1.xml"), "" for the package's own. */
function ownerOf(relsPath: string): string {
  return relsPath.replace(/(^|\/)_rels\/([^/]*)\.rels$/, (_m, slash: string, name: string) => (name ? `${slash}${name}` : ""));
}

/**
 * Removes each of `candidates` that no relationship left in the package points at, with its own
 * .rels part, and then whatever only it pointed at: the table, drawing and comment parts of a
 * replaced sheet go; a part another sheet still uses (a shared image) stays. Returns what went.
 */
export async function removeOrphans(zip: JSZip, candidates: readonly string[]): Promise<string[]> {
  const targets = new Map<string, string[]>();
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir || !RELS.test(name)) continue;
    targets.set(name, internalTargets(name, (await readPartText(zip, name)) ?? ""));
  }
  const removed: string[] = [];
  const queue = [...candidates];
  while (queue.length > 0) {
    const part = queue.shift()!;
    if (!zip.file(part) || RELS.test(part)) continue;
    const used = [...targets].some(([rels, list]) => {
      const owner = ownerOf(rels);
      return (owner === "" || zip.file(owner) !== null) && owner !== part && list.includes(part);
    });
    if (used) continue;
    zip.remove(part);
    removed.push(part);
    const own = relsPartOf(part);
    const next = targets.get(own) ?? [];
    targets.delete(own);
    if (zip.file(own)) {
      zip.remove(own);
      removed.push(own);
    }
    queue.push(...next);
  }
  return removed;
}
