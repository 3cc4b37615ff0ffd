import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleFile {
  file: string;
  raw: number;
  gzip: number;
}

/** Sizes of the JavaScript the pane loads, from a production build in dist/. */
export function bundleSizes(dist: string): BundleFile[] | undefined {
  if (!existsSync(dist)) return undefined;
  return readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((file) => {
      const buf = readFileSync(join(dist, file));
      return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    });
}
