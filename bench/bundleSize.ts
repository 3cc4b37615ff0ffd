import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleFile {
  file: string;
  raw: number;
  gzip: number;
  /** Loaded with the pane (a script tag of taskpane.html), rather than on demand. */
  initial: boolean;
}

/** Sizes of the JavaScript the pane loads, from a production build in dist/. */
export function bundleSizes(dist: string): BundleFile[] | undefined {
  if (!existsSync(dist)) return undefined;
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  return readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((file) => {
      const buf = readFileSync(join(dist, file));
      return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, initial: html.includes(file) };
    });
}
