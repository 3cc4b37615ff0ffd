import { resolve } from "node:path";
import { writeDocuments } from "../../app/documents";
import type { CliArgs } from "../args";
import { writeOut } from "../writeOut";
import { assertSeparateOutput, type CliIO } from "../io";
import { openForCommand } from "../readPhase";
import { requireRoster } from "../requireRoster";

/**
 * huiwu docs FILE [--out OUT] [--tasks]: the checklist, minutes, notice and reply form, sign-in sheet and badges,
 * merged with what the planners typed into earlier versions; the minutes' action items (and with
 * --tasks the checklist's steps) go to the Tasks sheet. Prints what would be written and which
 * notice elements are placeholders; --out writes it.
 */
export async function runDocs(args: CliArgs, io: CliIO): Promise<number> {
  assertSeparateOutput(args.file, args.out, resolve);
  const { book, gateway } = await openForCommand(args.file, io);
  const r = await writeDocuments(gateway, { lang: args.lang, dryRun: true, checklistToTasks: args.tasks });
  requireRoster(r.parsed);
  const lang = r.lang;
  if (args.json) {
    const { sheets, missingNotice, signIn, badges, checklistRows, actionItems, findings } = r;
    const { added, moved, present } = r.tasks;
    io.out(
      JSON.stringify(
        { sheets, checklistRows, signIn, badges, missingNotice, actionItems, tasks: { added, moved, present }, findings },
        null,
        2,
      ),
    );
  } else {
    io.out(lang === "zh" ? `文档：${r.sheets.join("、")}` : `Documents: ${r.sheets.join(", ")}`);
    io.out(
      lang === "zh"
        ? `  会务清单 ${r.checklistRows} 项；签到表 ${r.signIn} 人；证件 ${r.badges} 张`
        : `  Checklist: ${r.checklistRows} steps; sign-in sheet: ${r.signIn} people; badges: ${r.badges}`,
    );
    const { added, moved, present } = r.tasks;
    if (added + moved + present > 0)
      io.out(
        lang === "zh"
          ? `  任务表：新增 ${added} 项，截止时间随会期调整 ${moved} 项，已有 ${present} 项（含纪要行动事项 ${r.actionItems} 项）`
          : `  Tasks: ${added} added, ${moved} due dates moved with the meeting, ${present} already there (${r.actionItems} action items from the minutes)`,
      );
    for (const f of r.findings) io.out(`  ${f.sheet}!${f.cell}  ${f.message[lang]}  [${f.id}]`);
  }
  if (args.out) await writeOut(book, gateway, r.plan, args.out, lang, io, args.json);
  return 0;
}
