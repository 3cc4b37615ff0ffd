import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { SAMPLE_FILES } from "../../../samples/sampleFiles";

export const ROOT = join(__dirname, "..", "..", "..");
const CACHE = join(ROOT, "node_modules", ".cache", "huiwu-e2e");
const WEBPACK = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
const STAMP = ".built-at";

/** Latest modification time (ms) of the files under the given paths, relative to the project. */
export function newestInput(paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string): void => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const entry of readdirSync(p)) visit(join(p, entry));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) visit(join(ROOT, p));
  return newest;
}

async function webpack(args: string[]): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, [WEBPACK, "--stats", "errors-only", ...args], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    // webpack prints compile errors on stdout.
    const { stdout = "", stderr = "" } = e as { stdout?: string; stderr?: string };
    throw new Error(`webpack ${args.join(" ")} failed:\n${stdout}${stderr}`);
  }
}

const LOCK_STALE_MS = 10 * 60_000;

/**
 * Runs `build` while holding a lock directory, so end-to-end files running in parallel jest
 * workers do not build into (and clean) the same folder at once. A lock older than any build
 * takes is left over from a killed run and is taken over.
 */
async function withLock<T>(lock: string, build: () => Promise<T>): Promise<T> {
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmdirSync(lock);
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await build();
  } finally {
    rmdirSync(lock);
  }
}

/**
 * A build output in node_modules/.cache, rebuilt only when an input changed since it was
 * made. The stamp holds the time the build started, so an edit during a build counts.
 */
async function cachedBuild(name: string, inputs: readonly string[], args: string[]): Promise<string> {
  const out = join(CACHE, name);
  const stamp = join(out, STAMP);
  const fresh = () => existsSync(stamp) && Number(readFileSync(stamp, "utf8")) >= newestInput(inputs);
  if (fresh()) return out;
  return withLock(`${out}.lock`, async () => {
    if (fresh()) return out; // built by another test file while this one waited
    const started = Date.now();
    await webpack([...args, "--output-path", out]);
    writeFileSync(stamp, String(started));
    return out;
  });
}

// The playground's build (the same webpack run) bundles the sample workbooks too.
const PANE_INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "tsconfig.json",
  "package-lock.json",
  ...SAMPLE_FILES.map((s) => `samples/${s.file}`),
];

/**
 * dist/ holds a production build (hashed bundle names) newer than every input. webpack leaves a
 * page it would write unchanged as it was, so the newer of the two pages tells when it last built.
 */
function distIsFresh(): boolean {
  const pages = ["taskpane.html", "playground.html"].map((p) => join(ROOT, "dist", p));
  if (!pages.every((p) => existsSync(p))) return false;
  const production = /taskpane\.[0-9a-f]{8}\.js/.test(readFileSync(pages[0], "utf8"));
  return production && Math.max(...pages.map((p) => statSync(p).mtimeMs)) > newestInput(PANE_INPUTS);
}

/** The folder of a production build of the pane: dist/ when fresh, else a cached build. */
export async function productionPane(): Promise<string> {
  if (distIsFresh()) return join(ROOT, "dist");
  return cachedBuild("pane", PANE_INPUTS, ["--mode", "production"]);
}

/** The office.js stand-in, bundled for the browser. */
export async function officeStandIn(): Promise<string> {
  const out = await cachedBuild(
    "office-stand-in",
    [
      "test/e2e/officeStandIn",
      "test/e2e/webpack.e2e.config.js",
      "test/fakes/fakeExcel",
      "test/workbook",
      "samples",
      "src",
      "tsconfig.json",
    ],
    ["--config", "test/e2e/webpack.e2e.config.js"],
  );
  return join(out, "office-stand-in.js");
}
