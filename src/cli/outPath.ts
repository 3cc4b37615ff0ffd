import { accessSync, closeSync, constants, lstatSync, openSync, readSync, statSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { BadInputError } from "./io";

const bad = (en: string, zh: string) => new BadInputError(en, zh);

/** The first bytes of a .xlsx (a zip): the only kind of existing file --out may replace. */
function looksLikeWorkbook(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(4);
    const n = readSync(fd, head, 0, 4, 0);
    return n === 0 || head.toString("latin1") === "PK\u0003\u0004";
  } finally {
    closeSync(fd);
  }
}

/** The result is an Excel workbook: a name that Excel opens as one. */
function requireXlsxName(out: string, path: string): void {
  if (extname(path).toLowerCase() !== ".xlsx")
    throw bad(
      `--out ${out}: the result is an Excel workbook; give it a name ending in .xlsx.`,
      `--out ${out}：结果是 Excel 工作簿，文件名请以 .xlsx 结尾。`,
    );
}

/**
 * Where --out may write, checked before any work: a new or replaceable .xlsx file in a folder
 * that exists (or can be made) and can be written. Never a folder, a device, a pipe, a
 * read-only file, or an existing file that is not a workbook — each refused with one line.
 */
export function checkOutPath(out: string): void {
  if (out.trim() === "") throw bad("--out needs a file name, such as --out result.xlsx.", "--out 需要一个文件名，例如 --out 结果.xlsx。");
  const path = resolve(out);
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    lstatSync(path);
    existing = statSync(path);
  } catch {
    existing = undefined;
  }
  if (existing) {
    if (existing.isDirectory())
      throw bad(`--out ${out} is a folder; name a file inside it.`, `--out ${out} 是一个文件夹，请指定其中的文件名。`);
    if (!existing.isFile())
      throw bad(
        `--out ${out} is not an ordinary file (a device or a pipe); choose a file name.`,
        `--out ${out} 不是普通文件（设备或管道），请另选文件名。`,
      );
    requireXlsxName(out, path);
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw bad(`--out ${out} is read-only; choose another name.`, `--out ${out} 是只读文件，请另选文件名。`);
    }
    if (!looksLikeWorkbook(path))
      throw bad(
        `--out ${out} already exists and is not a workbook; Huiwu will not replace it. Choose another name.`,
        `--out ${out} 已存在且不是工作簿，会务助手不会覆盖它。请另选文件名。`,
      );
    return;
  }
  requireXlsxName(out, path);
  // The nearest folder that exists must be a folder Huiwu can write in.
  let folder = dirname(path);
  for (;;) {
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(folder);
    } catch {
      st = undefined;
    }
    if (st) {
      if (!st.isDirectory())
        throw bad(
          `--out ${out} cannot be made: ${folder} is a file, not a folder.`,
          `无法创建 --out ${out}：${folder} 是文件，不是文件夹。`,
        );
      try {
        accessSync(folder, constants.W_OK);
      } catch {
        throw bad(`--out ${out}: the folder ${folder} cannot be written to.`, `--out ${out}：无法写入文件夹 ${folder}。`);
      }
      return;
    }
    const up = dirname(folder);
    if (up === folder) return;
    folder = up;
  }
}

/** A failed save as one line: the disk is full, the folder was made read-only meanwhile, … */
export function saveFailed(out: string, err: unknown): BadInputError | undefined {
  const code = (err as NodeJS.ErrnoException)?.code;
  const why: Record<string, [string, string]> = {
    ENOSPC: ["the disk is full", "磁盘已满"],
    EDQUOT: ["the disk quota is used up", "磁盘配额已用完"],
    EACCES: ["permission denied", "没有写入权限"],
    EPERM: ["permission denied", "没有写入权限"],
    EROFS: ["the disk is read-only", "磁盘为只读"],
    EISDIR: ["it is a folder", "它是文件夹"],
    ENOTDIR: ["part of the path is a file, not a folder", "路径中有一部分是文件而不是文件夹"],
    ENAMETOOLONG: ["the name is too long", "文件名太长"],
    EBUSY: ["the file is open in another program", "文件正被其他程序打开"],
  };
  const w = code ? why[code] : undefined;
  if (!w) return undefined;
  return bad(`Could not write ${out}: ${w[0]}. Nothing was written.`, `无法写入 ${out}：${w[1]}。未写入任何内容。`);
}
