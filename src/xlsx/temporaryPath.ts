import { basename, dirname, join } from "node:path";

/**
 * The temporary file a save to `path` writes beside it before renaming it into place. A module of
 * its own: the command line's main thread names it without loading the file adapter.
 */
export function temporaryPathOf(path: string, pid = process.pid): string {
  return join(dirname(path), `.${basename(path)}.${pid}.tmp`);
}
