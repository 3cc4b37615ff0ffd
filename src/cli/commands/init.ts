import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { initWorkbook } from "../../app/init";
import ExcelJS from "exceljs";
import { createXlsxGateway, fromExcelJs, openXlsxFile, saveXlsxFile } from "../../xlsx";
import type { CliArgs } from "../args";
import { assertSeparateOutput, BadInputError, type CliIO } from "../io";
import { reportReads } from "../readPhase";

/**
 * huiwu init FILE [--out OUT]: a new FILE gets the five input sheets; an existing FILE gets the
 * ones it lacks, written to OUT (an existing workbook is never rewritten in place).
 */
export async function runInit(args: CliArgs, io: CliIO): Promise<number> {
  const lang = args.lang ?? io.lang;
  assertSeparateOutput(args.file, args.out, resolve);
  const exists = existsSync(args.file);
  if (exists && !args.out) {
    throw new BadInputError(
      `${args.file} already exists; give --out FILE to write a copy with the missing input sheets.`,
      `${args.file} 已存在；请用 --out 指定新文件，写入补齐输入表后的副本。`,
    );
  }
  if (exists) io.phase?.("reading");
  const book = exists ? await openXlsxFile(args.file) : fromExcelJs(new ExcelJS.Workbook(), args.file);
  const result = await initWorkbook(reportReads(createXlsxGateway(book), io), lang);
  const target = args.out ?? args.file;
  if (result.created.length > 0 || !exists) {
    mkdirSync(dirname(resolve(target)), { recursive: true });
    await saveXlsxFile(book, target);
  }
  const sep = lang === "zh" ? "、" : ", ";
  if (result.created.length > 0) io.out((lang === "zh" ? "已添加：" : "Added: ") + result.created.join(sep) + ` → ${target}`);
  if (result.kept.length > 0) io.out((lang === "zh" ? "已存在，未改动：" : "Already there, left as is: ") + result.kept.join(sep));
  return 0;
}
