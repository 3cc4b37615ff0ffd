import type JSZip from "jszip";

/** No part of a planner's workbook comes near these: a 100,000-person roster's sheet is about 60 MB of XML. */
export const MAX_PART_BYTES = 512 * 2 ** 20;
export const MAX_TOTAL_BYTES = 1024 * 2 ** 20;
/** Real sheets compress 10 to 100 times; a part far past that and large is a zip bomb. */
const MAX_RATIO = 1000;
const RATIO_FLOOR_BYTES = 64 * 2 ** 20;

/** What JSZip read from the central directory, before inflating anything. */
type Sizes = { _data?: { uncompressedSize?: number; compressedSize?: number } };

/**
 * The first part that would inflate past what a workbook holds, by the sizes the zip itself
 * declares (nothing is inflated to find out), or undefined when all are within bounds.
 */
export function oversizedPart(zip: JSZip): { name: string; bytes: number } | undefined {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    const data = (file as unknown as Sizes)._data;
    // JSZip reads the 32-bit size as signed: 3 GB arrives negative.
    const bytes = (data?.uncompressedSize ?? 0) >>> 0;
    const packed = Math.max(1, data?.compressedSize ?? 1);
    total += bytes;
    if (bytes > MAX_PART_BYTES || total > MAX_TOTAL_BYTES || (bytes > RATIO_FLOOR_BYTES && bytes / packed > MAX_RATIO))
      return { name: file.name, bytes };
  }
  return undefined;
}
