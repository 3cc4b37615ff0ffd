import { BUDGET, EVENT, HOTELS, ROSTER, TASKS } from "../../src/core/schema/sheets";
import type { SheetKey } from "../../src/core/schema/sheetDef";
import { PLANTED_MISTAKES } from "./plantedMistakes";

const SHEETS: Record<SheetKey, { zh: string; en: string }> = { event: EVENT, roster: ROSTER, budget: BUDGET, tasks: TASKS, hotels: HOTELS };

const esc = (s: string) => s.replace(/\|/g, "\\|");

/** The planted-mistake list as a Markdown table, for samples/README.md. */
export function plantedMistakesMarkdown(): string {
  const lines = [
    "| # | Sheet | Cell | What (中文) | What (English) | Rule family | Kind |",
    "|---|---|---|---|---|---|---|",
    ...PLANTED_MISTAKES.map((m, i) => {
      const sheet = SHEETS[m.sheet];
      return `| ${i + 1} | ${sheet.zh} / ${sheet.en} | ${m.cell} | ${esc(m.what.zh)} | ${esc(m.what.en)} | \`${m.family}\` | ${m.kind} |`;
    }),
  ];
  return lines.join("\n");
}
