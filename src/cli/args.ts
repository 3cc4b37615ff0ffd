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
  /** `huiwu help seat`, `huiwu seat --help`: the command whose usage to show. */
  helpFor?: Command;
  /** The command was named (not the default check). */
  commandGiven: boolean;
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
    throw parseProblem(e as Error & { code?: string });
  }
  const { values, positionals } = parsed;
  let lang: Lang | undefined;
  if (values.lang !== undefined) {
    if (values.lang !== "zh" && values.lang !== "en")
      throw new UsageError(`--lang must be zh or en, not "${values.lang}"`, `--lang 只能是 zh 或 en，而不是“${values.lang}”`);
    lang = values.lang;
  }
  const rest = [...positionals];
  const isCommand = (w: string | undefined): w is Command => w !== undefined && (COMMANDS as readonly string[]).includes(w);
  const named = isCommand(rest[0]) ? (rest.shift() as Command) : undefined;
  const base = {
    json: !!values.json,
    tasks: !!values.tasks,
    help: !!values.help,
    version: !!values.version,
    commandGiven: named !== undefined,
  };
  // `huiwu help` and `huiwu help seat` as well as --help.
  if (!named && rest[0] === "help") {
    if (rest[1] !== undefined && !isCommand(rest[1])) throw unknownCommand(rest[1]);
    return { command: "check", file: "", lang, ...base, help: true, helpFor: isCommand(rest[1]) ? rest[1] : undefined };
  }
  if (base.help || base.version) return { command: named ?? "check", file: "", lang, ...base, helpFor: named };
  const command: Command = named ?? "check";
  if (rest.length === 0) throw new UsageError("missing the workbook file (an .xlsx)", "缺少工作簿文件（.xlsx）");
  if (rest.length > 1) throw new UsageError(`unexpected argument "${rest[1]}"`, `多余的参数“${rest[1]}”`);
  if (values.today !== undefined && !isLocalDate(values.today)) {
    throw new UsageError(
      `--today must be a date like 2026-12-06, not "${values.today}"`,
      `--today 应为 2026-12-06 这样的日期，而不是“${values.today}”`,
    );
  }
  return { command, file: rest[0], out: values.out, lang, today: values.today, ...base };
}

/** Node's parser says "Unknown option '--x'. To specify a positional argument…": say it plainly instead. */
function parseProblem(e: Error & { code?: string }): UsageError {
  const option = /'([^']+)'/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`unknown option ${option}`, `未知选项 ${option}`);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const name = /--[a-z][\w-]*/i.exec(option)?.[0] ?? option;
      return new UsageError(`option ${name} needs a value`, `选项 ${name} 需要一个值`);
    }
    default:
      return new UsageError(e.message, `参数有误：${e.message}`);
  }
}

export function unknownCommand(word: string): UsageError {
  return new UsageError(`unknown command "${word}"`, `未知命令“${word}”`);
}

/** A first word with no extension or folder in it reads as a mistyped command rather than a file. */
export function looksLikeCommand(word: string): boolean {
  return /^[a-z][a-z-]*$/i.test(word);
}
