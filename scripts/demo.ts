/**
 * npm run demo: runs the engine on the bundled sample workbooks and writes the results to out/.
 * Findings are the point of the demo, so exit code 1 ("there are errors to fix") counts as success.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { consoleIO } from "../src/cli/io";

/** The samples describe the workbook four days before their 2026-12-10 meeting. */
const TODAY = "2026-12-06";

async function demo(): Promise<number> {
  const root = join(__dirname, "..");
  const out = join(root, "out");
  mkdirSync(out, { recursive: true });
  const io = consoleIO();
  const runs: { title: string; argv: string[] }[] = [
    {
      title: "年度工作会议（中文示例）",
      argv: [
        "check",
        join(root, "samples/annual-work-conference.zh.xlsx"),
        "--out",
        join(out, "annual-work-conference.zh.checked.xlsx"),
        "--today",
        TODAY,
      ],
    },
    {
      title: "Annual Conference (English sample)",
      argv: [
        "check",
        join(root, "samples/annual-conference.en.xlsx"),
        "--out",
        join(out, "annual-conference.en.checked.xlsx"),
        "--today",
        TODAY,
      ],
    },
  ];
  for (const r of runs) {
    io.out("", `=== ${r.title} ===`);
    const code = await main(r.argv, io);
    if (code > 1) return code;
  }
  const blank = join(out, "new-conference.xlsx");
  rmSync(blank, { force: true });
  io.out("", "=== huiwu init (a new, empty conference workbook) ===");
  const code = await main(["init", blank, "--lang", "zh"], io);
  if (code !== 0) return code;
  io.out("", `Open the workbooks in out/ to see the 检查结果 / Issues sheets.`);
  return 0;
}

demo().then((code) => {
  process.exitCode = code;
});
