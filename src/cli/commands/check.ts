import { resolve } from "node:path";
import { check } from "../../app/check";
import { localToday } from "../../app/today";
import type { Lang } from "../../core/i18n";
import type { CliArgs } from "../args";
import { writeOut } from "../writeOut";
import { assertSeparateOutput, outLine, type CliIO } from "../io";
import { openForCommand } from "../readPhase";
import { requireRoster } from "../requireRoster";
import { countsLine, formatFindings, formatSummary, sourceLine } from "../output";

/** huiwu check FILE [--out OUT]: prints the findings; with --out writes the workbook with the 检查结果 sheet. */
export async function runCheck(args: CliArgs, io: CliIO): Promise<number> {
  assertSeparateOutput(args.file, args.out, resolve);
  const { book, source, gateway } = await openForCommand(args.file, io);
  const result = await check(gateway, { lang: args.lang, today: args.today ?? localToday(), dryRun: true });
  const lang: Lang = args.lang ?? result.parsed.lang;
  requireRoster(result.parsed, { budgetOrTasksSuffice: true });
  const findings = result.findings;
  if (args.json) {
    const { understood, ...summary } = result.summary;
    io.out(JSON.stringify({ source, summary, understood, findings }, null, 2));
  } else {
    const name = result.parsed.event.fields.name?.value;
    io.out(
      (lang === "zh" ? "会议：" : "Meeting: ") + (name ?? (lang === "zh" ? "（未填写会议名称）" : "(no event name)")) + `  [${args.file}]`,
    );
    if (source.kind === "delimited") io.out(sourceLine(source, lang));
    for (const l of formatSummary(result.summary, lang)) io.out(l);
    for (const l of formatFindings(findings, lang)) outLine(io, l);
    // The counts last, as linters end, where a planner's eye lands.
    io.out("");
    outLine(io, countsLine(findings, lang));
  }
  if (args.out) await writeOut(book, gateway, result.plan, args.out, lang, io, args.json);
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}
