import { rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/**
 * The temporary file saveXlsxFile writes beside `out` before renaming it into place (see
 * src/xlsx/saveXlsx.ts). A worker thread shares the process's pid, so the main thread knows it.
 */
export function tempOutputPath(out: string, pid = process.pid): string {
  return join(dirname(resolve(out)), `.${basename(out)}.${pid}.tmp`);
}

/** A worker stopped mid-save leaves its temporary file: removed, so nothing half-written stays. */
export function removeTempOutput(out: string | undefined): void {
  if (out === undefined || out.trim() === "") return;
  try {
    rmSync(tempOutputPath(out), { force: true });
  } catch {
    // A folder we cannot write in held no temporary file of ours either.
  }
}
