import { resolve } from "node:path";
import { fillSeating, type SeatResult } from "../../app/seat";
import type { Lang } from "../../core/i18n";
import { roleLabel, tableTitle } from "../../core/seating/tables";
import type { CliArgs } from "../args";
import { writeOut } from "../writeOut";
import { assertSeparateOutput, type CliIO } from "../io";
import { openForCommand } from "../readPhase";
import { requireRoster } from "../requireRoster";

/**
 * huiwu seat FILE [--out OUT]: prints the rostrum order and the banquet tables; with --out writes
 * the Dais Seating, Table Tents, Table Assignment and Table Chart sheets. When the tables cannot
 * be planned it prints why, writes nothing and exits 1.
 */
export async function runSeat(args: CliArgs, io: CliIO): Promise<number> {
  assertSeparateOutput(args.file, args.out, resolve);
  const { book, gateway } = await openForCommand(args.file, io);
  const result = await fillSeating(gateway, { lang: args.lang, dryRun: true, onProgress: seatProgress(io) });
  requireRoster(result.parsed);
  const lang = result.lang;
  if (args.json) {
    const { cells, replaced, added } = result.roster;
    io.out(
      JSON.stringify({ dais: result.dais, tables: result.tables, problems: result.problems, roster: { cells, replaced, added } }, null, 2),
    );
  } else {
    io.out(lang === "zh" ? "主席台座次（面向主席台，从左到右）：" : "Rostrum, as seen from the audience, left to right:");
    result.dais.rows.forEach((row, i) => {
      const names = row.seats.map((s) => s.person.name);
      io.out(`  ${lang === "zh" ? `第${i + 1}排` : `Row ${i + 1}`}: ${names.join(lang === "zh" ? "　" : " · ")}`);
    });
    for (const p of result.problems) io.out(`  ${p.sheet}!${p.cell}  ${p.message[lang]}  [${p.id}]`);
    printTables(result, lang, io);
    printRoster(result, lang, io, Boolean(args.out));
  }
  const failed = result.tables.status !== "ok" || result.problems.some((p) => p.severity === "error");
  if (args.out && result.plan.sheets.length > 0) {
    await writeOut(book, gateway, result.plan, args.out, lang, io, args.json);
  } else if (args.out && !args.json) io.out("", lang === "zh" ? "未写入任何内容。" : "Nothing was written.");
  return failed ? 1 : 0;
}

/** "第1桌（10人）：主陪 X、副主陪 Y、主宾 Z …" per table (the first three seats of honour), or why there is no plan. */
function printTables(result: SeatResult, lang: Lang, io: CliIO): void {
  const t = result.tables;
  if (t.status === "cancelled") {
    io.out(lang === "zh" ? "桌次安排已取消。" : "Table planning was cancelled.");
    return;
  }
  if (t.status === "infeasible") {
    io.out(lang === "zh" ? "无法安排桌次：" : "The tables cannot be planned:");
    for (const p of t.problems) io.out(`  ${p.message[lang]}`);
  } else {
    io.out(lang === "zh" ? "桌次安排（主陪面向门）：" : "Tables (the host faces the door):");
    for (const table of [...t.tables].sort((a, b) => a.table - b.table)) {
      if (table.guests.length === 0) continue;
      const seated = [...table.guests].sort((a, b) => a.seat - b.seat);
      const ordered = [
        ...seated.filter((g) => g.role !== "guest"),
        ...seated.filter((g) => g.role === "guest").sort((a, b) => (a.guestNo ?? 0) - (b.guestNo ?? 0)),
      ];
      const shown = ordered.slice(0, 3).map((g) => `${roleLabel(g, lang)} ${g.name}`);
      const names = shown.join(lang === "zh" ? "、" : ", ") + (ordered.length > shown.length ? " …" : "");
      // A planner's named table ("Head", "A") keeps its name.
      const title = table.label
        ? tableTitle(table.table, lang, undefined, table.label)
        : lang === "zh"
          ? `第${table.table}桌`
          : `Table ${table.table}`;
      io.out(lang === "zh" ? `  ${title}（${table.guests.length}人）：${names}` : `  ${title} (${table.guests.length}): ${names}`);
    }
  }
  for (const w of t.warnings) io.out(`  ${lang === "zh" ? "注意：" : "Note: "}${w.message[lang]}`);
}

/** What the roster's 桌号/座位 columns get, and how many values that were not locked it replaces. */
function printRoster(result: SeatResult, lang: Lang, io: CliIO, writing: boolean): void {
  const { cells, replaced, added } = result.roster;
  const sheet = result.parsed.roster.sheet ?? "";
  if (cells === 0) return;
  const extra = added.length ? (lang === "zh" ? `（新增列：${added.join("、")}）` : ` (adds the columns ${added.join(", ")})`) : "";
  io.out(
    lang === "zh"
      ? `名单“${sheet}”：${writing ? "" : "使用 --out 时将"}写回 ${cells} 个桌号/座位单元格${extra}${replaced ? `，其中 ${replaced} 个替换了未锁定的原值（要保留请勾选“锁定”）` : ""}。`
      : `Roster "${sheet}": ${cells} table/seat cells ${writing ? "written back" : "to write back with --out"}${extra}${replaced ? `, ${replaced} of them replacing values that were not locked (tick Locked to keep one)` : ""}.`,
  );
}

/** The banquet search's progress as a terminal line, sent only when the whole percentage changes (a search reports often). */
function seatProgress(io: CliIO): ((done: number, total: number) => void) | undefined {
  if (!io.progress) return undefined;
  const label = io.lang === "zh" ? "正在优化桌次" : "Optimising the tables";
  let last = -1;
  return (done, total) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
    if (percent === last && done < total) return;
    last = percent;
    io.progress!(label, done, total);
  };
}
