/**
 * npm run bench: the figures that matter, printed as one report and written to
 * bench/results.json (and between the bench markers of README.md): engine time as the roster
 * grows, lists read as .xlsx and CSV, the requests each command really sends through Microsoft's
 * Office.js runtime against a naive baseline, the command line on 10,000 and 100,000 attendees
 * against ExcelJS merely reading and writing the file, banquet-table quality against an exact
 * solver and at scale, and the pane's size and first render.
 * Timings are medians on a shared machine: compare ratios within one run, not across runs.
 * `npm run bench -- --quick` leaves out the 100,000-attendee runs.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import * as prettier from "prettier";
import { bundleSizes } from "./bundleSize";
import { cliScale, cliScaleTable } from "./cliScale";
import { listReading, listReadingTable } from "./listReading";
import { officeRequests, officeRequestsTable } from "./officeRequests";
import { officeSyncs } from "./officeSyncs";
import { paneFirstRender } from "./paneFirstRender";
import { rulesScaling } from "./rulesScaling";
import { exactness, exactnessTable } from "./seating/exactness";
import { scalingTable, seatingScaling } from "./seating/scaling";

const ROOT = join(__dirname, "..");
const README = join(ROOT, "README.md");
const START = "<!-- bench:start (written by npm run bench) -->";
const END = "<!-- bench:end -->";
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const quick = process.argv.includes("--quick");

const report: string[] = [];
const results: Record<string, unknown> = {};
function section(title: string, table: string): void {
  console.log(`## ${title}\n\n${table}\n`);
  report.push(`#### ${title}\n\n${table}\n`);
}

function engine(): void {
  const rows = rulesScaling(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000], 3);
  results.engine = rows;
  const first = rows[0];
  const lines = [
    "| attendees | budget lines | tasks | parse ms | × 1k | rules ms | × 1k | findings |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.attendees.toLocaleString("en")} | ${r.budgetLines} | ${r.tasks} | ${r.parseMs.toFixed(1)} | ${(r.parseMs / first.parseMs).toFixed(1)} | ${r.rulesMs.toFixed(1)} | ${(r.rulesMs / first.rulesMs).toFixed(1)} | ${r.findings} |`,
    ),
  ];
  section("Check engine: parse the input sheets, then run every rule (median of 3; linear is × 10 and × 100)", lines.join("\n"));
}

async function office(): Promise<void> {
  const rows = await officeRequests();
  results.officeRequests = rows;
  section(
    "Office requests per command, through Microsoft's Office.js runtime (excel-web-16.00.js; Excel on the web refuses over 5 MB)",
    officeRequestsTable(rows) +
      "\n\nThe naive baseline writes each row of the same values as a range of its own, in one sync. The fake's count is the test double's model of the same requests.",
  );
  const syncs = [];
  for (const n of [1_000, 10_000]) syncs.push(await officeSyncs(n));
  results.officeSyncs = syncs;
  section(
    "Round trips of a full Check, reads included (the fake Excel)",
    [
      "| attendees | read syncs | write syncs | write chunks | largest request | largest response |",
      "| ---: | ---: | ---: | ---: | ---: | ---: |",
      ...syncs.map(
        (s) =>
          `| ${s.attendees.toLocaleString("en")} | ${s.readSyncs} | ${s.writeSyncs} | ${s.chunks} | ${kb(s.largestRequestBytes)} | ${kb(s.largestResponseBytes)} |`,
      ),
    ].join("\n"),
  );
}

function commandLine(): void {
  const runs = (quick ? [10_000] : [10_000, 100_000]).map(cliScale);
  results.cliScale = runs;
  section(
    "The command line end to end against the floor (ExcelJS loading and writing the same file), each run a process of its own",
    cliScaleTable(runs) + "\n\nExit 1 is a run with error findings (as documented); peak MB is the process's peak resident memory.",
  );
}

async function seating(): Promise<void> {
  const exact = await exactness(40);
  results.seatingExactness = { ...exact, rows: undefined };
  section(
    "Banquet tables: the optimiser against a proven optimum (HiGHS), 40 plans of 20–60 guests, product defaults",
    exactnessTable(exact),
  );
  const scale = seatingScaling([200, 500, 1_000, 2_000]);
  results.seatingScaling = scale;
  section("Banquet tables at scale: tables of 10, every seat taken, against the constructive start (median of 3)", scalingTable(scale));
}

async function pane(): Promise<void> {
  // Always a fresh build: a dist/ left from an earlier change would measure the wrong code.
  execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore", cwd: ROOT });
  const files = bundleSizes(join(ROOT, "dist")) ?? [];
  const sum = (fs: typeof files) => fs.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const first = sum(files.filter((f) => f.initial));
  const all = sum(files);
  const render = await paneFirstRender();
  results.pane = { files, firstLoad: first, everything: all, render };
  section(
    "Task pane: JavaScript of the production build (budget 165,188 B gzipped for what loads with the pane) and first render in Chromium",
    [
      "| file | loads | raw | gzip |",
      "| --- | --- | ---: | ---: |",
      ...files.map((f) => `| ${f.file} | ${f.initial ? "with the pane" : "on demand"} | ${kb(f.raw)} | ${kb(f.gzip)} |`),
      `| **first load** | | ${kb(first.raw)} | ${kb(first.gzip)} (${first.gzip} B) |`,
      `| **everything** | | ${kb(all.raw)} | ${kb(all.gzip)} (${all.gzip} B) |`,
      "",
      `First render (median of ${render.loads} fresh loads, 340 px, served locally): first contentful paint ${render.firstPaintMs.toFixed(0)} ms, tabs on screen ${render.readyMs.toFixed(0)} ms, overview with the workbook read and checked ${render.overviewMs.toFixed(0)} ms after navigation.`,
    ].join("\n"),
  );
}

async function spliceReadme(): Promise<void> {
  const text = readFileSync(README, "utf8");
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) return;
  const spliced = `${text.slice(0, from + START.length)}\n\n${report.join("\n")}\n${text.slice(to)}`;
  writeFileSync(README, await prettier.format(spliced, { ...(await prettier.resolveConfig(README)), filepath: README }));
}

async function run(): Promise<void> {
  results.machine = {
    cpus: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
  engine();
  const lists = listReading(100_000);
  results.listReading = lists;
  section("Reading a 100,000-row registration list: .xlsx against the same rows as CSV (each in its own process)", listReadingTable(lists));
  await office();
  commandLine();
  await seating();
  await pane();
  writeFileSync(join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
  if (!quick) await spliceReadme();
}

run().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
