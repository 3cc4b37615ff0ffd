import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Lang } from "../core/i18n";
import type { WritePlan } from "../core/plan/writePlan";
import type { WorkbookGateway } from "../workbook/gateway";
import { LOST_FEATURE_NAMES, saveXlsxFile, type SavedXlsx, type XlsxWorkbook } from "../xlsx";
import type { CliIO } from "./io";
import { saveFailed } from "./outPath";

/**
 * --out: applies the plan to the opened workbook and saves it as a new file, saying what was
 * written and — when the input had charts, pivot tables or macros and the save had to go through
 * ExcelJS whole (package/spliceSheets.ts keeps them otherwise) — that the copy lacks them while the
 * original is untouched.
 */
export async function writeOut(
  book: XlsxWorkbook,
  gateway: WorkbookGateway,
  plan: WritePlan,
  out: string,
  lang: Lang,
  io: CliIO,
  quiet: boolean,
): Promise<void> {
  await gateway.apply(plan);
  let saved: SavedXlsx;
  try {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    saved = await saveXlsxFile(book, out);
  } catch (err) {
    throw saveFailed(out, err) ?? err;
  }
  if (!quiet) io.out("", (lang === "zh" ? "已写入：" : "Written: ") + `${out} (${plan.sheets.map((s) => s.name).join(", ")})`);
  if (saved.path === "full" && book.wouldLose.length > 0) {
    const lost = book.wouldLose.map((f) => LOST_FEATURE_NAMES[f][lang]).join(lang === "zh" ? "、" : ", ");
    io.err(
      lang === "zh"
        ? `注意：${out} 中不含原工作簿的${lost}（命令行无法保留这些内容）；原文件未改动。`
        : `Note: ${out} does not carry the original's ${lost} (the command line cannot keep them); the original is unchanged.`,
    );
  }
}
