import zlib from "zlib";
import type JSZip from "jszip";
import CompressedObject from "jszip/lib/compressedObject";
import { DEFLATE, STORE } from "jszip/lib/compressions";
import jszipCrc32 from "jszip/lib/crc32";

/**
 * Reading and writing whole parts of a package with Node's zlib. JSZip inflates and deflates in
 * JavaScript, several times slower than zlib: a 100,000-person roster's sheet is 70 MB of XML.
 * Parts nobody reads or writes stay in JSZip's hands and are copied as they were compressed.
 */

/** What JSZip keeps of a part of a zip it loaded (or of one given to it compressed). */
type Stored = { _data?: unknown };

function compressedOf(file: JSZip.JSZipObject): CompressedObject | undefined {
  const data = (file as unknown as Stored)._data;
  return data instanceof CompressedObject ? data : undefined;
}

/** A part's bytes, or undefined when the package has no such part. */
export async function readPart(zip: JSZip, path: string): Promise<Buffer | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  const stored = compressedOf(file);
  if (stored?.compression.magic === DEFLATE.magic) return zlib.inflateRawSync(stored.compressedContent);
  if (stored?.compression.magic === STORE.magic) return Buffer.from(stored.compressedContent);
  return file.async("nodebuffer");
}

export async function readPartText(zip: JSZip, path: string): Promise<string | undefined> {
  return (await readPart(zip, path))?.toString("utf8");
}

/** zlib's CRC-32 (Node 20.15 and later), else JSZip's own: slower, the same value. */
function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  return native ? native(data) : jszipCrc32(data);
}

/**
 * Puts a part into the package, deflated by zlib, dated `date` (so the same workbook saves to the
 * same bytes). JSZip writes it without compressing it again.
 */
export function writePart(zip: JSZip, path: string, content: string | Buffer, date: Date): void {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const packed = zlib.deflateRawSync(data, { level: 6 });
  const stored = new CompressedObject(packed.length, data.length, crc32(data) | 0, DEFLATE, packed);
  zip.file(path, stored as unknown as Buffer, { binary: true, compression: "DEFLATE", date });
}

/** Keeps the parts JSZip read stored (not compressed) stored when the package is written again. */
export function keepStoredParts(zip: JSZip): void {
  for (const file of Object.values(zip.files)) {
    if (compressedOf(file)?.compression.magic === STORE.magic)
      (file as unknown as { options: { compression: string } }).options.compression = "STORE";
  }
}

/**
 * A part's text when it contains `marker`, else undefined: looked for in the inflated bytes, so a
 * large sheet without the marker (most of them, for the repairs made when opening) is never
 * turned into a string.
 */
export async function readPartContaining(zip: JSZip, path: string, marker: string): Promise<string | undefined> {
  const bytes = await readPart(zip, path);
  return bytes && bytes.includes(marker) ? bytes.toString("utf8") : undefined;
}
