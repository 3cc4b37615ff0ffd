import type JSZip from "jszip";

/** Rewrites every part whose path matches, with a pure text edit; a part the edit leaves alone is not rewritten. */
export async function editParts(zip: JSZip, path: RegExp, edit: (xml: string) => string): Promise<void> {
  for (const file of Object.values(zip.files)) {
    if (file.dir || !path.test(file.name)) continue;
    const xml = await file.async("string");
    const edited = edit(xml);
    if (edited !== xml) zip.file(file.name, edited);
  }
}
