import { parseArgs } from "node:util";
import type { Lang } from "../core/i18n";
import { isLocalDate } from "../core/schema/normalize/calendar";

export const COMMANDS = ["check", "init", "seat", "rooms", "docs"] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArgs {
  command: Command;
  file: string;
  out?: string;
  lang?: Lang;
  /** "YYYY-MM-DD" to check as of; defaults to this machine's date. */
  today?: string;
  json: boolean;
  /** docs: also add the checklist's steps to the Tasks sheet. */
  tasks: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

/** `huiwu [command] <workbook.xlsx> [--out FILE] [--lang zh|en] [--json]`; the command defaults to check. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        lang: { type: "string", short: "l" },
        today: { type: "string" },
        json: { type: "boolean", default: false },
        tasks: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message, `参数有误：${(e as Error).message}`);
  }
  const { values, positionals } = parsed;
  const base = { json: !!values.json, tasks: !!values.tasks, help: !!values.help, version: !!values.version };
  if (base.help || base.version) return { command: "check", file: "", ...base };
  let command: Command = "check";
  const rest = [...positionals];
  if (rest.length > 0 && (COMMANDS as readonly string[]).includes(rest[0])) command = rest.shift() as Command;
  if (rest.length === 0) throw new UsageError("missing the workbook file (an .xlsx)", "缺少工作簿文件（.xlsx）");
  if (rest.length > 1) throw new UsageError(`unexpected argument "${rest[1]}"`, `多余的参数“${rest[1]}”`);
  let lang: Lang | undefined;
  if (values.lang !== undefined) {
    if (values.lang !== "zh" && values.lang !== "en")
      throw new UsageError(`--lang must be zh or en, not "${values.lang}"`, `--lang 只能是 zh 或 en，而不是“${values.lang}”`);
    lang = values.lang;
  }
  if (values.today !== undefined && !isLocalDate(values.today)) {
    throw new UsageError(
      `--today must be a date like 2026-12-06, not "${values.today}"`,
      `--today 应为 2026-12-06 这样的日期，而不是“${values.today}”`,
    );
  }
  return { command, file: rest[0], out: values.out, lang, today: values.today, ...base };
}

export const USAGE = {
  en: `Usage: huiwu [command] <workbook.xlsx> [--out FILE] [--lang zh|en] [--json]

Commands:
  check   read the roster, budget and task sheets and list the findings (default)
  init    add the empty input sheets (Event, Roster, Budget, Tasks, Hotels) with headers and dropdowns
  seat    rostrum seating (主席台座次) and banquet tables (就餐桌次), table and seat back into the roster
  rooms   hotel room allocation (房间分配) within the hotel blocks
  docs    checklist, minutes, notice and its reply form, sign-in sheet and badges, merged with what planners typed

Options:
  -o, --out FILE   write the result workbook to FILE (check writes nothing without it)
  -l, --lang zh|en language of the output (default: the workbook's)
      --today DATE check as of this date, e.g. 2026-12-06 (default: today)
      --tasks      docs: also add the checklist's steps to the Tasks sheet
      --json       print findings as JSON
Exit codes: 0 ok, 1 findings of error severity (rooms: someone could not be placed), 2 bad input (nothing written).`,
  zh: `用法：huiwu [命令] <工作簿.xlsx> [--out 文件] [--lang zh|en] [--json]

命令：
  check   读取参会人员、预算和任务表并列出检查结果（默认）
  init    添加空白输入表（会议信息、参会人员、预算、任务、酒店），带表头和下拉列表
  seat    按礼宾惯例排主席台座次和就餐桌次，并把桌号、座位写回名单
  rooms   在酒店预留房内分配房间
  docs    会务清单、会议纪要、会议通知及参会回执、签到表和证件，保留已填写的内容

选项：
  -o, --out 文件   将结果工作簿写入该文件（check 不带此项时不写任何文件）
  -l, --lang zh|en 输出语言（默认跟随工作簿）
      --today 日期  按该日期检查，如 2026-12-06（默认：今天）
      --tasks      docs：同时把会务清单的步骤加入任务表
      --json       以 JSON 输出检查结果
退出码：0 正常，1 有错误级别的问题（rooms：有人无法安排），2 输入有误（未写入任何内容）。`,
};
