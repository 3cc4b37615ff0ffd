/**
 * npm run bench: the figures that matter, printed as tables — engine time as the roster grows,
 * a 100,000-row list read as .xlsx and as CSV, Office round trips of a full Check, banquet-table quality against an exact solver and its time
 * at scale, and the size of the pane's JavaScript.
 * Timings are medians on a shared machine: compare ratios within one run, not across runs.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { bundleSizes } from "./bundleSize";
import { listReading, listReadingTable } from "./listReading";
import { rulesScaling } from "./rulesScaling";
import { officeSyncs } from "./officeSyncs";
import { exactness, exactnessTable } from "./seating/exactness";
import { scalingTable, seatingScaling } from "./seating/scaling";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function run(): Promise<void> {
  console.log("## Check engine: parse the input sheets, then run every rule (median of 5)\n");
  console.log("| attendees | budget lines | tasks | parse ms | rules ms | findings |\n| ---: | ---: | ---: | ---: | ---: | ---: |");
  const rows = rulesScaling([1_000, 5_000, 10_000]);
  for (const r of rows) {
    console.log(`| ${r.attendees} | ${r.budgetLines} | ${r.tasks} | ${r.parseMs.toFixed(1)} | ${r.rulesMs.toFixed(1)} | ${r.findings} |`);
  }
  const [a, b, c] = rows;
  const ratio = (x: number, y: number) => (x / y).toFixed(2);
  console.log(
    `\nRules time ratio 5k/1k: ${ratio(b.rulesMs, a.rulesMs)} (5.0 is linear), 10k/1k: ${ratio(c.rulesMs, a.rulesMs)} (10.0 is linear)`,
  );
  console.log(`Parse time ratio 5k/1k: ${ratio(b.parseMs, a.parseMs)}, 10k/1k: ${ratio(c.parseMs, a.parseMs)}\n`);

  console.log("## Reading a 100,000-row registration list: .xlsx against the same rows as CSV (each in its own process)\n");
  console.log(listReadingTable(listReading(100_000)) + "\n");

  console.log("## Office round trips of a full Check (fake Excel, 5 MB limit)\n");
  console.log("| attendees | read syncs | write syncs | write chunks | largest request | largest response |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const n of [1_000, 10_000]) {
    const s = await officeSyncs(n);
    console.log(`| ${n} | ${s.readSyncs} | ${s.writeSyncs} | ${s.chunks} | ${kb(s.largestRequestBytes)} | ${kb(s.largestResponseBytes)} |`);
  }

  console.log("\n## Banquet tables: the optimiser against a proven optimum (HiGHS), 40 plans of 20–60 guests, product defaults\n");
  console.log(exactnessTable(await exactness(40)));

  console.log("\n## Banquet tables at scale: tables of 10, every seat taken (median of 3)\n");
  console.log(scalingTable(seatingScaling([200, 500, 1_000, 2_000])));

  const dist = join(__dirname, "..", "dist");
  // Always a fresh build: a dist/ left from an earlier change would measure the wrong code.
  execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore", cwd: join(__dirname, "..") });
  const files = bundleSizes(dist) ?? [];
  console.log(
    "\n## Task pane JavaScript (production build; budget: 165,188 B gzipped for what loads with the pane; engines load on demand)\n",
  );
  console.log("| file | loads | raw | gzip |\n| --- | --- | ---: | ---: |");
  for (const f of files) console.log(`| ${f.file} | ${f.initial ? "with the pane" : "on demand"} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
  const sum = (fs: typeof files) => fs.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const first = sum(files.filter((f) => f.initial));
  const all = sum(files);
  console.log(`| **first load** | | ${kb(first.raw)} | ${kb(first.gzip)} (${first.gzip} B) |`);
  console.log(`| **everything** | | ${kb(all.raw)} | ${kb(all.gzip)} (${all.gzip} B) |`);
}

run().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
