import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { runInWorker, type WorkerRunOptions } from "../../src/cli/runInWorker";
import { tempOutputPath } from "../../src/cli/tempOutput";
import { formattedToTheEnd } from "./support/formattedToTheEnd";

const SAMPLE_EN = join(__dirname, "../../samples/annual-conference.en.xlsx");
const SAMPLE_ZH = join(__dirname, "../../samples/annual-work-conference.zh.xlsx");
const dir = mkdtempSync(join(tmpdir(), "huiwu-worker-"));

function capture(lang: "zh" | "en" = "en") {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { lang, out: (...l) => out.push(...l), err: (...l) => err.push(...l) };
  return { io, out, err };
}

async function inWorker(argv: string[], options: WorkerRunOptions = {}, lang: "zh" | "en" = "en") {
  const c = capture(lang);
  const code = await runInWorker(argv, c.io, options);
  return { code, out: c.out, err: c.err };
}

describe("a command run in a worker with limits", () => {
  it("prints what the command prints in-process, in the same order, with the same exit code", async () => {
    const direct = capture();
    const directCode = await main(["check", SAMPLE_EN, "--today", "2026-12-03"], direct.io);
    const r = await inWorker(["check", SAMPLE_EN, "--today", "2026-12-03"]);
    expect(r.code).toBe(directCode);
    expect(r.out).toEqual(direct.out);
    expect(r.err).toEqual(direct.err);
    expect(r.out.length).toBeGreaterThan(10);
  });

  it("answers --help and bad arguments as main does", async () => {
    expect((await inWorker(["--help"])).code).toBe(0);
    const bad = await inWorker(["--bogus"]);
    expect(bad.code).toBe(2);
    expect(bad.err.join("\n")).toMatch(/unknown option --bogus/);
  });

  it("ends a command that runs out of memory with one line naming the size and the way on, exit 2, nothing written", async () => {
    const out = join(dir, "oom.xlsx");
    const r = await inWorker(["check", SAMPLE_EN, "--out", out], { limits: { memoryMb: 20, readTimeoutS: 300 } });
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/is too large to process in 20 MB of memory \(.*about [\d,]+ rows.*\); nothing was written\./);
    expect(r.err[0]).toMatch(/HUIWU_MAX_MEMORY_MB/);
    expect(r.err[0]).not.toMatch(/\n|\s+at /);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it("says it in Chinese when the user asked for Chinese", async () => {
    const r = await inWorker(["check", SAMPLE_ZH, "--lang", "zh"], { limits: { memoryMb: 20, readTimeoutS: 300 } });
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/太大，无法在 20 MB 内存内处理.*未写入任何内容。.*HUIWU_MAX_MEMORY_MB/);
  }, 60_000);

  it("stops reading a file of many formatted sheets when the time limit passes, exit 2", async () => {
    // Sheets below the size read from their XML go through ExcelJS cell by cell: 12 of 50,000 rows
    // take several seconds.
    const file = join(dir, "formatted.xlsx");
    writeFileSync(file, await formattedToTheEnd(50_000, 12));
    const started = Date.now();
    const r = await inWorker(["seat", file], { limits: { memoryMb: 4096, readTimeoutS: 1 } });
    expect(r.code).toBe(2);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.err[0]).toMatch(/did not finish in 1 s \(its sheets span about 600,000 rows\); nothing was written\./);
    expect(r.err[0]).toMatch(/HUIWU_READ_TIMEOUT_S/);
  }, 60_000);

  it("reads a roster formatted down to row 1,048,576 in seconds and small memory, and seats the people on it", async () => {
    const file = join(dir, "yellow-to-the-foot.xlsx");
    const out = join(dir, "yellow-seated.xlsx");
    writeFileSync(file, await formattedToTheEnd());
    const r = await inWorker(["seat", file, "--out", out], { limits: { memoryMb: 1024, readTimeoutS: 120 } });
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toMatch(/第1桌（1人）：主陪 张伟/);
    expect(existsSync(out)).toBe(true);
  }, 120_000);

  it("refuses a limit that is not a number, naming the variable, before any work", async () => {
    const r = await inWorker(["check", SAMPLE_EN], { env: { HUIWU_MAX_MEMORY_MB: "lots" } });
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['huiwu: HUIWU_MAX_MEMORY_MB must be a number of at least 16, such as 8192, not "lots".']);
    const zh = await inWorker(["check", SAMPLE_EN, "--lang", "zh"], { env: { HUIWU_READ_TIMEOUT_S: "-3" } });
    expect(zh.err[0]).toMatch(/HUIWU_READ_TIMEOUT_S 应为不小于/);
  });

  it("removes the temporary file of a save it stopped in the middle of", async () => {
    const out = join(dir, "stopped.xlsx");
    writeFileSync(tempOutputPath(out), "half a workbook");
    const r = await inWorker(["check", SAMPLE_EN, "--out", out], { limits: { memoryMb: 20, readTimeoutS: 300 } });
    expect(r.code).toBe(2);
    expect(existsSync(tempOutputPath(out))).toBe(false);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
