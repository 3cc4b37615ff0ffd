import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { temporaryPathOf } from "../xlsx/temporaryPath";

/**
 * The temporary file saveXlsxFile writes beside `out` before renaming it into place. A worker
 * thread shares the process's pid, so the main thread knows it.
 */
export function tempOutputPath(out: string, pid = process.pid): string {
  return temporaryPathOf(resolve(out), pid);
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
