/**
 * npm run demo: runs the engine on the bundled sample workbooks — check, seating (rostrum and
 * banquet tables), room allocation and the documents — and writes one result workbook per sample
 * to out/, printing what it found.
 * Findings are the point of the demo, so exit code 1 ("there are errors to fix") counts as success.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { consoleIO, type CliIO } from "../src/cli/io";

/** The samples describe the workbook four days before their 2026-12-10 meeting. */
const TODAY = "2026-12-06";

/**
 * The commands print where they wrote; the steps before the last write into a scratch folder the
 * demo deletes, so those lines say the workbook went on to the next step instead of naming it.
 */
function passedOn(io: CliIO, scratch: string): CliIO {
  const line = (l: string) =>
    l.startsWith("已写入：" + scratch) || l.startsWith("Written: " + scratch)
      ? l.replace(/(已写入：|Written: )\S+ ?/, (_, head: string) =>
          head === "已写入：" ? "已写入，交给下一步：" : "Written, passed on to the next step: ",
        )
      : l;
  return { ...io, out: (...lines) => io.out(...lines.map(line)) };
}

async function demo(): Promise<number> {
  const root = join(__dirname, "..");
  const out = join(root, "out");
  const work = join(out, ".work");
  mkdirSync(work, { recursive: true });
  const io = passedOn(consoleIO(), work);
  const samples = [
    { title: "年度工作会议（中文示例）", name: "annual-work-conference.zh" },
    { title: "Annual Conference (English sample)", name: "annual-conference.en" },
  ];
  for (const s of samples) {
    io.out("", `=== ${s.title} ===`);
    // Each command writes a new file (the command line never rewrites its input): chain them.
    const steps: [string, string[]][] = [
      ["check", ["--today", TODAY]],
      ["seat", []],
      ["rooms", []],
      ["docs", []],
    ];
    let input = join(root, "samples", `${s.name}.xlsx`);
    for (const [i, [command, extra]] of steps.entries()) {
      const output = i === steps.length - 1 ? join(out, `${s.name}.huiwu.xlsx`) : join(work, `${s.name}.${command}.xlsx`);
      io.out("", `--- huiwu ${command} ---`);
      const code = await main([command, input, "--out", output, ...extra], io);
      if (code > 1) return code;
      input = output;
    }
  }
  rmSync(work, { recursive: true, force: true });
  const blank = join(out, "new-conference.xlsx");
  rmSync(blank, { force: true });
  io.out("", "=== huiwu init (a new, empty conference workbook) ===");
  const code = await main(["init", blank, "--lang", "zh"], io);
  if (code !== 0) return code;
  io.out(
    "",
    "Open out/*.huiwu.xlsx: 检查结果/Issues, 预算审核/Budget Review, 主席台座次/Dais Seating, 桌签/Table Tents, 桌次安排/Table Assignment, 桌次图/Table Chart, 住宿分配/Room Allocation, 会务清单/Checklist, 会议纪要/Minutes, 会议通知/Notice, 参会回执/Reply Form, 签到表/Sign-in Sheet, 证件/Badges, 证件卡片/Badge Cards.",
  );
  return 0;
}

demo().then((code) => {
  process.exitCode = code;
});
