import type { ParsedWorkbook } from "../core/schema/parseWorkbook";
import { BadInputError } from "./io";

/**
 * Without a readable roster with people on it a command has nothing to work on: bad input, exit 2,
 * nothing written, said in the workbook's language. Check alone goes on for a workbook that has a
 * budget or tasks but no roster (finance's own file): its roster rules are skipped with one info line.
 */
export function requireRoster(parsed: ParsedWorkbook, opts: { budgetOrTasksSuffice?: boolean } = {}): void {
  const roster = parsed.roster;
  const skipped = roster.findings.find((x) => x.id === "rules.roster-skipped");
  const others = parsed.budget.records.length > 0 || parsed.tasks.records.length > 0;
  if (!roster.sheet && others && opts.budgetOrTasksSuffice) return;
  if (!roster.sheet || roster.columns.size === 0) {
    const f = roster.findings.find((x) => x.severity === "error") ?? skipped;
    throw new BadInputError(
      f ? f.message.en : "No roster found.",
      f ? f.message.zh : "找不到参会人员名单。",
      parsed.langKnown ? parsed.lang : undefined,
    );
  }
  if (roster.records.some((r) => r.fields.name || r.fields.id)) return;
  if (opts.budgetOrTasksSuffice && others) return;
  const sheet = roster.sheet;
  const rows = roster.records.length;
  throw new BadInputError(
    rows > 0
      ? `The roster "${sheet}" has nobody on it yet: its ${rows} numbered rows have no names. Fill in the names, then run again.`
      : `The roster "${sheet}" has nobody on it yet: there are no rows under its headers. Fill in the names, then run again.`,
    rows > 0
      ? `参会人员名单“${sheet}”还没有人：${rows} 行只有序号，没有姓名。请先填写姓名再运行。`
      : `参会人员名单“${sheet}”还没有人：表头下面没有任何行。请先填写姓名再运行。`,
    parsed.langKnown ? parsed.lang : undefined,
  );
}
