import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { usage } from "../../src/cli/help";
import type { CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";

const ROOT = join(__dirname, "../..");
const CONFIG = join(ROOT, "tsconfig.cli.json");
const SAMPLE = join(ROOT, "samples/annual-conference.en.xlsx");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  files: string[];
  scripts: Record<string, string>;
};

/**
 * What `npm install -g` of the packed tool gets: bin/huiwu.js and the build of tsconfig.cli.json
 * side by side, beside a node_modules holding only the dependencies, so tsx (a devDependency)
 * cannot be found. The build goes to a folder of its own; lib/ in the clone is left alone.
 */
let tool: string;

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(tool, "bin/huiwu.js"), ...args], {
      cwd: tmpdir(),
      env: { ...process.env, LANG: "en_GB.UTF-8", NODE_PATH: "", NODE_OPTIONS: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".js"))
    .map((e) => join(e.parentPath, e.name));
}

beforeAll(async () => {
  tool = mkdtempSync(join(tmpdir(), "huiwu-compiled-"));
  mkdirSync(join(tool, "bin"));
  copyFileSync(join(ROOT, "bin/huiwu.js"), join(tool, "bin/huiwu.js"));
  for (const name of Object.keys(pkg.dependencies)) {
    mkdirSync(dirname(join(tool, "node_modules", name)), { recursive: true });
    symlinkSync(join(ROOT, "node_modules", name), join(tool, "node_modules", name), "dir");
  }
  const tsc = require.resolve("typescript/bin/tsc");
  const built = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [tsc, "-p", CONFIG, "--outDir", join(tool, "lib")]);
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ code, out }));
  });
  expect(built.out).toBe("");
  expect(built.code).toBe(0);
}, 120_000);

// The links in node_modules are removed, not what they point to.
afterAll(() => rmSync(tool, { recursive: true, force: true }));

describe("the compiled command line (npm run build:cli, what npm pack ships)", () => {
  it("is built into lib/, which bin/huiwu.js loads, and is packed with it", () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(CONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    expect(parsed.errors).toEqual([]);
    expect(parsed.options.outDir).toBe(join(ROOT, "lib"));
    expect(readFileSync(join(ROOT, "bin/huiwu.js"), "utf8")).toContain('"../lib/cli/runInWorker.js"');
    expect(pkg.files).toEqual(expect.arrayContaining(["bin/", "lib/"]));
    expect(pkg.scripts.prepack).toContain("build:cli");
  });

  it("holds only the command line and what it imports, and nothing in it needs tsx", () => {
    const lib = join(tool, "lib");
    expect(readdirSync(lib).sort()).toEqual(["app", "cli", "core", "workbook", "xlsx"]);
    const needTsx = jsFiles(lib).filter((f) => /\brequire\(["']tsx\b|\bfrom ["']tsx\b|\bimport\(["']tsx\b/.test(readFileSync(f, "utf8")));
    expect(needTsx.map((f) => relative(lib, f))).toEqual([]);
  });

  it("prints the usage from an installed copy, without tsx", async () => {
    const r = await run(["--help"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd()).toBe(usage("en"));
  });

  it("checks a workbook in its worker thread and finds what the sources find", async () => {
    const stdout: string[] = [];
    const io: CliIO = { lang: "en", out: (...l) => stdout.push(...l), err: () => {} };
    const [compiled, sources] = await Promise.all([run(["check", SAMPLE, "--json"]), main(["check", SAMPLE, "--json"], io)]);
    expect(compiled.stderr).toBe("");
    expect(compiled.code).toBe(sources);
    expect(JSON.parse(compiled.stdout)).toEqual(JSON.parse(stdout.join("\n")));
  });
});
