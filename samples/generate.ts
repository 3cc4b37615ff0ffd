/**
 * Writes the bundled sample workbooks and the planted-mistake table of samples/README.md.
 * Run with `npx tsx samples/generate.ts` (or `npm run samples`).
 */
import { promises as fs } from "fs";
import * as path from "path";
import * as prettier from "prettier";
import { generateConference } from "./generator";
import { plantedMistakesMarkdown } from "./generator/mistakesTable";
import { README_END, README_START, SAMPLE_FILES } from "./sampleFiles";
import { writeSampleWorkbook } from "./xlsx/writeSampleWorkbook";

async function updateReadme(file: string): Promise<void> {
  const text = await fs.readFile(file, "utf8");
  const from = text.indexOf(README_START);
  const to = text.indexOf(README_END);
  if (from < 0 || to < from) throw new Error(`${file} has no planted-mistakes markers`);
  const spliced = `${text.slice(0, from + README_START.length)}\n\n${plantedMistakesMarkdown()}\n\n${text.slice(to)}`;
  // Formatted as the repository's Prettier settings would, so `prettier --check` stays clean.
  const next = await prettier.format(spliced, { ...(await prettier.resolveConfig(file)), filepath: file });
  if (next !== text) await fs.writeFile(file, next);
}

async function main(): Promise<void> {
  for (const { file, options } of SAMPLE_FILES) {
    const book = generateConference(options);
    const out = path.join(__dirname, file);
    await fs.writeFile(out, await writeSampleWorkbook(book, options.lang));
    const roster = book.sheets.find((s) => s.key === "roster");
    console.log(`${file}: ${roster ? roster.rows.length - 1 : 0} roster rows`);
  }
  await updateReadme(path.join(__dirname, "README.md"));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
