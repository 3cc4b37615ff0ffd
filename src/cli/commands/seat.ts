import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fillSeating } from "../../app/seat";
import { createXlsxGateway, openXlsxFile, saveXlsxFile } from "../../xlsx";
import type { CliArgs } from "../args";
import { assertSeparateOutput, type CliIO } from "../io";
import { requireRoster } from "../requireRoster";

/** huiwu seat FILE [--out OUT]: prints the rostrum order; with --out writes the Dais Seating sheet. */
export async function runSeat(args: CliArgs, io: CliIO): Promise<number> {
  assertSeparateOutput(args.file, args.out, resolve);
  const book = await openXlsxFile(args.file);
  const gateway = createXlsxGateway(book);
  const result = await fillSeating(gateway, { lang: args.lang, dryRun: true });
  requireRoster(result.parsed);
  const lang = result.lang;
  if (args.json) {
    io.out(JSON.stringify({ dais: result.dais, problems: result.problems }, null, 2));
  } else {
    io.out(lang === "zh" ? "主席台座次（面向主席台，从左到右）：" : "Rostrum, as seen from the audience, left to right:");
    result.dais.rows.forEach((row, i) => {
      const names = row.seats.map((s) => s.person.name);
      io.out(`  ${lang === "zh" ? `第${i + 1}排` : `Row ${i + 1}`}: ${names.join(lang === "zh" ? "　" : " · ")}`);
    });
    for (const p of result.problems) io.out(`  ${p.sheet}!${p.cell}  ${p.message[lang]}  [${p.id}]`);
  }
  if (args.out) {
    await gateway.apply(result.plan);
    mkdirSync(dirname(resolve(args.out)), { recursive: true });
    await saveXlsxFile(book, args.out);
    if (!args.json)
      io.out("", (lang === "zh" ? "已写入：" : "Written: ") + `${args.out} (${result.plan.sheets.map((s) => s.name).join(", ")})`);
  }
  return result.problems.some((p) => p.severity === "error") ? 1 : 0;
}
