/**
 * Two modules inside JSZip 3.10 that saving uses to hand it data deflated by Node's zlib: a part
 * given as a CompressedObject with the method JSZip writes is copied into the zip as it is, the
 * way JSZip copies the parts of a zip it loaded (see package/zipParts.ts).
 */
declare module "jszip/lib/compressedObject" {
  class CompressedObject {
    constructor(compressedSize: number, uncompressedSize: number, crc32: number, compression: unknown, data: Uint8Array);
    compressedSize: number;
    uncompressedSize: number;
    crc32: number;
    compression: { magic: string };
    compressedContent: Uint8Array;
  }
  export = CompressedObject;
}

declare module "jszip/lib/compressions" {
  export const STORE: { magic: string };
  export const DEFLATE: { magic: string };
}

declare module "jszip/lib/crc32" {
  function crc32(input: Uint8Array, crc?: number): number;
  export = crc32;
}
