import ExcelJS from "exceljs";
import JSZip from "jszip";

/** Saves an ExcelJS workbook as bytes. */
export async function bytesOf(excel: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await excel.xlsx.writeBuffer());
}

/** Rewrites parts of a saved package, to make files the way Excel (not ExcelJS) writes them. */
export async function editParts(data: Uint8Array, edits: Record<string, (xml: string) => string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  for (const [path, edit] of Object.entries(edits)) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    zip.file(path, edit(xml));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

export async function partText(data: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
}
