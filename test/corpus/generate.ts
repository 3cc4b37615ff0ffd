/**
 * Writes the corpus of planners' lists: `npx tsx test/corpus/generate.ts OUTDIR`.
 * One line per file: its name, size, and what Huiwu should make of it.
 */
import { promises as fs } from "node:fs";
import { basename } from "node:path";
import { CORPUS, OTHER_CASES, writeCorpus } from "./index";

async function run(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: npx tsx test/corpus/generate.ts OUTDIR");
    process.exitCode = 2;
    return;
  }
  const paths = await writeCorpus(dir);
  const expectOf = new Map<string, string>([
    ...CORPUS.map((c): [string, string] => [
      c.file,
      c.expect.exit === 2
        ? `exit 2 ("${c.expect.message}")`
        : `${c.expect.foundBy}, ${c.expect.people} people on "${c.expect.rosterSheet}"`,
    ]),
    ...OTHER_CASES.map((c): [string, string] => [
      c.file,
      `no roster, exit ${c.expect.exit}` + (c.expect.budgetLines !== undefined ? `, ${c.expect.budgetLines} budget lines` : ""),
    ]),
  ]);
  for (const p of paths) {
    const { size } = await fs.stat(p);
    console.log(`${p}  ${size} bytes  ${expectOf.get(basename(p))}`);
  }
}

run().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
