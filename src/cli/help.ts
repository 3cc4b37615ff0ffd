import type { Lang } from "../core/i18n";
import { COMMANDS, type Command } from "./args";

type Option = "out" | "lang" | "today" | "tasks" | "json";

const OPTIONS: Record<Option, { flag: Record<Lang, string>; text: Record<Lang, string> }> = {
  out: {
    flag: { en: "-o, --out FILE", zh: "-o, --out 文件" },
    text: {
      en: "write the result workbook to FILE (check writes nothing without it)",
      zh: "将结果工作簿写入该文件（check 不带此项时不写任何文件）",
    },
  },
  lang: {
    flag: { en: "-l, --lang zh|en", zh: "-l, --lang zh|en" },
    text: { en: "language of the output (default: the workbook's)", zh: "输出语言（默认跟随工作簿）" },
  },
  today: {
    flag: { en: "    --today DATE", zh: "    --today 日期" },
    text: { en: "check as of this date, e.g. 2026-12-06 (default: today)", zh: "按该日期检查，如 2026-12-06（默认：今天）" },
  },
  tasks: {
    flag: { en: "    --tasks", zh: "    --tasks" },
    text: { en: "docs: also add the checklist's steps to the Tasks sheet", zh: "docs：同时把会务清单的步骤加入任务表" },
  },
  json: { flag: { en: "    --json", zh: "    --json" }, text: { en: "print findings as JSON", zh: "以 JSON 输出检查结果" } },
};

const COMMAND_HELP: Record<Command, { text: Record<Lang, string>; file: Record<Lang, string>; options: Option[] }> = {
  check: {
    text: {
      en: "read the roster, budget and task sheets and list the findings (default)",
      zh: "读取参会人员、预算和任务表并列出检查结果（默认）",
    },
    file: { en: "<workbook.xlsx|.csv>", zh: "<工作簿.xlsx|.csv>" },
    options: ["out", "lang", "today", "json"],
  },
  init: {
    text: {
      en: "add the empty input sheets (Event, Roster, Budget, Tasks, Hotels) with headers and dropdowns",
      zh: "添加空白输入表（会议信息、参会人员、预算、任务、酒店），带表头和下拉列表",
    },
    file: { en: "<new-or-existing.xlsx>", zh: "<新的或已有的.xlsx>" },
    options: ["out", "lang"],
  },
  seat: {
    text: {
      en: "rostrum seating (主席台座次) and banquet tables (就餐桌次), table and seat back into the roster",
      zh: "按礼宾惯例排主席台座次和就餐桌次，并把桌号、座位写回名单",
    },
    file: { en: "<workbook.xlsx>", zh: "<工作簿.xlsx>" },
    options: ["out", "lang"],
  },
  rooms: {
    text: { en: "hotel room allocation (房间分配) within the hotel blocks", zh: "在酒店预留房内分配房间" },
    file: { en: "<workbook.xlsx>", zh: "<工作簿.xlsx>" },
    options: ["out", "lang"],
  },
  docs: {
    text: {
      en: "checklist, minutes, notice and its reply form, sign-in sheet and badges, merged with what planners typed",
      zh: "会务清单、会议纪要、会议通知及参会回执、签到表和证件，保留已填写的内容",
    },
    file: { en: "<workbook.xlsx>", zh: "<工作簿.xlsx>" },
    options: ["out", "lang", "tasks"],
  },
};

const EXIT_CODES: Record<Lang, string> = {
  en: "Exit codes: 0 ok, 1 findings of error severity (rooms: someone could not be placed; seat: no plan possible), 2 bad input (nothing written), 3 an unexpected error (nothing written), 130 stopped with Ctrl-C.",
  zh: "退出码：0 正常，1 有错误级别的问题（rooms：有人无法安排；seat：无法排出方案），2 输入有误（未写入任何内容），3 意外错误（未写入任何内容），130 按 Ctrl-C 中止。",
};

function optionLines(options: readonly Option[], lang: Lang): string[] {
  return options.map((o) => `  ${OPTIONS[o].flag[lang].padEnd(17)}${OPTIONS[o].text[lang]}`);
}

/** `huiwu --help`: every command and option. */
export function usage(lang: Lang): string {
  const head =
    lang === "zh"
      ? "用法：huiwu [命令] <工作簿.xlsx> [--out 文件] [--lang zh|en] [--json]"
      : "Usage: huiwu [command] <workbook.xlsx> [--out FILE] [--lang zh|en] [--json]";
  return [
    head,
    "",
    lang === "zh" ? "命令：" : "Commands:",
    ...COMMANDS.map((c) => `  ${c.padEnd(8)}${COMMAND_HELP[c].text[lang]}`),
    "",
    lang === "zh" ? "选项：" : "Options:",
    ...optionLines(Object.keys(OPTIONS) as Option[], lang),
    lang === "zh" ? "  huiwu help 命令    该命令的用法" : "  huiwu help COMMAND  how one command is used",
    EXIT_CODES[lang],
  ].join("\n");
}

/** `huiwu COMMAND --help` / `huiwu help COMMAND`: that command, its file and its options. */
export function commandUsage(command: Command, lang: Lang): string {
  const h = COMMAND_HELP[command];
  const options = h.options.map((o) => `[${OPTIONS[o].flag[lang].replace(/^-\w, |^\s+/, "")}]`).join(" ");
  return [
    `${lang === "zh" ? "用法：" : "Usage: "}huiwu ${command} ${h.file[lang]} ${options}`,
    "",
    `  ${h.text[lang]}`,
    "",
    lang === "zh" ? "选项：" : "Options:",
    ...optionLines(h.options, lang),
    EXIT_CODES[lang],
  ].join("\n");
}
