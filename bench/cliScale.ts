/**
 * The command line end to end on a large conference, against the floor: ExcelJS merely loading
 * and writing the same file. Every run is a process of its own (bench/peakRss.js reports its
 * peak memory and time), so figures do not mix.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateConference } from "../samples/generator";
import { writeSampleWorkbook } from "../samples/xlsx/writeSampleWorkbook";

const ROOT = join(__dirname, "..");
const CACHE = join(ROOT, "node_modules", ".cache", "huiwu-bench");
const PEAK = join(__dirname, "peakRss.js");

export const CLI_COMMANDS = ["check", "seat", "rooms", "docs"] as const;

export interface Measured {
  seconds: number;
  peakMb: number;
  exit: number;
}

export interface CliScaleRow extends Measured {
  attendees: number;
  command: string;
  /** The last line the command printed to stderr when it failed. */
  message?: string;
}

export interface CliScale {
  attendees: number;
  fileMb: number;
  floor: Measured;
  rows: CliScaleRow[];
}

/** The generated conference at this size, made once and kept in node_modules/.cache. */
function scaleWorkbook(attendees: number): string {
  const file = join(CACHE, `conference-${attendees}.zh.xlsx`);
  if (existsSync(file)) return file;
  mkdirSync(CACHE, { recursive: true });
  // The generator holds the whole workbook as cells: a 100,000-person one needs a larger heap.
  const made = spawnSync("npx", ["tsx", "--max-old-space-size=14000", __filename, "--make", String(attendees), file], { stdio: "inherit" });
  if (made.status !== 0) throw new Error(`could not generate ${attendees} attendees`);
  return file;
}

function measure(args: string[]): Measured & { stderr: string } {
  const report = join(CACHE, `peak-${process.pid}.json`);
  rmSync(report, { force: true });
  const run = spawnSync(process.execPath, ["--require", PEAK, ...args], {
    cwd: ROOT,
    env: { ...process.env, HUIWU_BENCH_PEAK: report },
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const figures = existsSync(report) ? (JSON.parse(readFileSync(report, "utf8")) as { peakMb: number; ms: number }) : undefined;
  rmSync(report, { force: true });
  return {
    seconds: (figures?.ms ?? NaN) / 1000,
    peakMb: figures?.peakMb ?? NaN,
    exit: run.status ?? (run.signal ? 128 : -1),
    stderr: run.stderr ?? "",
  };
}

const FLOOR = `const E = require("exceljs"); (async () => { const wb = new E.Workbook(); await wb.xlsx.readFile(process.argv[1]); await wb.xlsx.writeFile(process.argv[2]); })();`;

export function cliScale(attendees: number): CliScale {
  const file = scaleWorkbook(attendees);
  const out = join(CACHE, `out-${attendees}.xlsx`);
  const floor = measure(["-e", FLOOR, file, out]);
  const rows = CLI_COMMANDS.map((command): CliScaleRow => {
    const m = measure([join(ROOT, "bin", "huiwu.js"), command, file, "--out", out, "--lang", "en"]);
    const message = m.exit >= 2 ? m.stderr.trim().split("\n").pop() : undefined;
    return { attendees, command, seconds: m.seconds, peakMb: m.peakMb, exit: m.exit, ...(message ? { message } : {}) };
  });
  rmSync(out, { force: true });
  const { stderr: _, ...floorFigures } = floor;
  return { attendees, fileMb: readFileSync(file).length / 2 ** 20, floor: floorFigures, rows };
}

export function cliScaleTable(runs: CliScale[]): string {
  const lines = [
    "| attendees | file MB | command | exit | seconds | × floor | peak MB | × floor |",
    "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of runs) {
    lines.push(
      `| ${r.attendees.toLocaleString("en")} | ${r.fileMb.toFixed(1)} | floor: ExcelJS load + write | ${r.floor.exit} | ${r.floor.seconds.toFixed(1)} | 1.00 | ${r.floor.peakMb.toFixed(0)} | 1.00 |`,
    );
    for (const c of r.rows)
      lines.push(
        `| ${c.attendees.toLocaleString("en")} | | ${c.command}${c.message ? ` (${c.message})` : ""} | ${c.exit} | ${c.seconds.toFixed(1)} | ${(c.seconds / r.floor.seconds).toFixed(2)} | ${c.peakMb.toFixed(0)} | ${(c.peakMb / r.floor.peakMb).toFixed(2)} |`,
      );
  }
  return lines.join("\n");
}

async function make(attendees: number, file: string): Promise<void> {
  const book = generateConference({ lang: "zh", attendees, seed: 20261210, mistakes: true });
  writeFileSync(file, await writeSampleWorkbook(book, "zh"));
}

if (process.argv[2] === "--make") {
  make(Number(process.argv[3]), process.argv[4]).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
} else if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  console.log(cliScaleTable((sizes.length ? sizes : [10_000]).map(cliScale)));
}
