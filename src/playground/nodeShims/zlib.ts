import { Buffer } from "buffer";
import { deflateSync, inflateSync } from "fflate";

/**
 * The part of Node's zlib the file adapter uses (src/xlsx/package/zipParts.ts), for the
 * playground's browser bundle: webpack resolves `zlib` here. Raw DEFLATE, as in a zip entry;
 * results are Buffers because the adapter calls Buffer methods on them. No `crc32`: the adapter
 * then uses JSZip's, which gives the same value.
 */
export function inflateRawSync(data: Uint8Array): Buffer {
  return asBuffer(inflateSync(data));
}

export function deflateRawSync(data: Uint8Array, options: { level?: number } = {}): Buffer {
  return asBuffer(deflateSync(data, { level: compressionLevel(options.level) }));
}

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** zlib's levels are 0–9 with -1 for its default (6); fflate takes the same 0–9. */
function compressionLevel(level: number | undefined): Level {
  if (level === undefined || level < 0 || level > 9) return 6;
  return Math.round(level) as Level;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export default { inflateRawSync, deflateRawSync };
