import type { Lang } from "../core/i18n";

const num = (n: number) => n.toLocaleString("en-US");

/** How much of the file is known: rows its reads returned, or rows the file itself declares. */
export interface KnownSize {
  rowsRead?: number;
  rowsInFile?: number;
}

function sizeNote(size: KnownSize, lang: Lang): string {
  if (size.rowsRead !== undefined && size.rowsRead > 0)
    return lang === "zh" ? `（已读取约 ${num(size.rowsRead)} 行）` : ` (about ${num(size.rowsRead)} rows were read)`;
  if (size.rowsInFile !== undefined)
    return lang === "zh" ? `（其工作表约有 ${num(size.rowsInFile)} 行）` : ` (its sheets span about ${num(size.rowsInFile)} rows)`;
  return "";
}

/** The worker ran out of memory: what was known of the size, and the two ways on. */
export function tooLargeMessage(file: string, memoryMb: number, machineMb: number, size: KnownSize, lang: Lang): string {
  return lang === "zh"
    ? `huiwu: ${file} 太大，无法在 ${num(memoryMb)} MB 内存内处理${sizeNote(size, lang)}，未写入任何内容。` +
        `请把名单拆成几个较小的文件，或用环境变量 HUIWU_MAX_MEMORY_MB 调高上限（本机内存 ${num(machineMb)} MB）。`
    : `huiwu: ${file} is too large to process in ${num(memoryMb)} MB of memory${sizeNote(size, lang)}; nothing was written. ` +
        `Split the list into smaller files, or raise the limit with HUIWU_MAX_MEMORY_MB (this machine has ${num(machineMb)} MB).`;
}

/** Reading passed its time limit: what is known to make readers spin, and the two ways on. */
export function readTimeoutMessage(file: string, seconds: number, size: KnownSize, lang: Lang): string {
  return lang === "zh"
    ? `huiwu: 读取 ${file} 未能在 ${num(seconds)} 秒内完成${sizeNote(size, lang)}，未写入任何内容。` +
        `常见原因是工作表的已用区域远超名单（格式或数值一直延伸到很远的行列）或对整列设置了数据验证：请在 Excel 中删除名单下方和右侧多余的行列后保存，或用环境变量 HUIWU_READ_TIMEOUT_S 延长时限。`
    : `huiwu: reading ${file} did not finish in ${num(seconds)} s${sizeNote(size, lang)}; nothing was written. ` +
        `Readers spin on a used range that reaches far past the list (formatting or values down to distant rows and columns) and on data validation over whole columns: ` +
        `delete the extra rows and columns below and beside the list in Excel and save, or allow more time with HUIWU_READ_TIMEOUT_S.`;
}

/** Ctrl-C (or a signal to stop) while a command ran. */
export function stoppedMessage(lang: Lang): string {
  return lang === "zh" ? "huiwu: 已停止，没有留下写了一半的文件。" : "huiwu: stopped; no half-written file was left behind.";
}

/** The worker ended in a way it should not (an error it did not catch): as main reports an unexpected error. */
export function workerFailedMessage(detail: string, lang: Lang): string {
  return lang === "zh" ? `huiwu：意外错误，未写入任何内容：${detail}` : `huiwu: unexpected error, nothing was written: ${detail}`;
}
