import { WorkbookUnavailableError } from "../workbook/gateway";
import { existsSync } from "node:fs";
import { COMMANDS, looksLikeCommand, parseCliArgs, unknownCommand, UsageError } from "./args";
import { commandUsage, usage } from "./help";
import { runCheck } from "./commands/check";
import { runDocs } from "./commands/docs";
import { runInit } from "./commands/init";
import { runRooms } from "./commands/rooms";
import { runSeat } from "./commands/seat";
import { BadInputError, consoleIO, type CliIO } from "./io";
import { checkOutPath } from "./outPath";
import { terminalSafe } from "./terminalText";

const VERSION = "0.1.0";

/**
 * Runs the command line in this thread and returns the exit code: 0 ok, 1 error findings, 2 bad
 * input, 3 unexpected. Every failure becomes one line in the user's language; a stack trace is
 * never shown. The huiwu command runs it through runInWorker, which adds memory and time limits.
 */
export async function main(argv: string[], rawIO: CliIO = consoleIO()): Promise<number> {
  // Workbook text reaches the terminal: never as escape sequences or reordering controls.
  const io = terminalSafe(rawIO);
  let lang = io.lang;
  let explicitLang = false;
  try {
    const args = parseCliArgs(argv);
    lang = args.lang ?? lang;
    if (args.help) {
      io.out(args.helpFor ? commandUsage(args.helpFor, lang) : usage(lang));
      return 0;
    }
    if (args.version) {
      io.out(`huiwu ${VERSION}`);
      return 0;
    }
    explicitLang = args.lang !== undefined;
    if (!args.commandGiven && looksLikeCommand(args.file) && !existsSync(args.file)) throw unknownCommand(args.file);
    // Where the result goes is checked before any work, so a bad --out costs nothing.
    if (args.out !== undefined) checkOutPath(args.out);
    switch (args.command) {
      case "check":
        return await runCheck(args, io);
      case "init":
        return await runInit(args, io);
      case "seat":
        return await runSeat(args, io);
      case "rooms":
        return await runRooms(args, io);
      case "docs":
        return await runDocs(args, io);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof BadInputError || e instanceof WorkbookUnavailableError) {
      if (e instanceof BadInputError && e.lang && !explicitLang) lang = e.lang;
      io.err(`huiwu: ${lang === "zh" ? e.messageZh : e.message}`);
      if (e instanceof UsageError)
        io.err(
          lang === "zh" ? `命令：${COMMANDS.join("、")}；huiwu --help 查看用法。` : `Commands: ${COMMANDS.join(", ")}; see huiwu --help.`,
        );
      return 2;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.err(lang === "zh" ? `huiwu：意外错误，未写入任何内容：${detail}` : `huiwu: unexpected error, nothing was written: ${detail}`);
    return 3;
  }
}
