import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { JSDOM } from "jsdom";
import { productionPane, ROOT } from "../e2e/harness/freshBuild";

/** The one resource the pane fetches from another host: Microsoft's office.js, which Office add-ins must load from its CDN. */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * URL strings in the bundle that are not requests. react-dom names the XML namespaces of the
 * elements and attributes it creates (createElementNS / setAttributeNS take the URI as an
 * identifier; nothing is fetched from it).
 */
const NAMESPACES = [
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/1998/Math/MathML",
];

/**
 * Prefixes of URLs that are text, not requests: React's production build puts
 * "https://react.dev/errors/<code>" into the message of an error it throws, for a developer
 * to look up; the pane never opens or fetches it.
 */
const TEXT_PREFIXES = ["https://react.dev/errors/"];

/**
 * URL strings in the playground's files (playground.html's on-demand chunks: the file adapter and
 * ExcelJS) that are not requests, and that its policy (connect-src 'self') would refuse anyway:
 * the XML namespaces of the parts of an .xlsx package, which the adapter reads and writes as
 * identifiers, and links inside libraries' error messages.
 */
const PLAYGROUND_NAMESPACE_PREFIXES = [
  "http://schemas.openxmlformats.org/",
  "http://schemas.microsoft.com/office/",
  "http://purl.org/dc/",
  "http://www.w3.org/2001/XMLSchema-instance",
  "http://www.w3.org/2000/xmlns/",
];
const PLAYGROUND_MESSAGE_URLS = [
  "https://github.com/ashtuchkin/iconv-lite/wiki/Use-Buffers-when-decoding",
  "https://github.com/exceljs/exceljs/blob/master/UPGRADE-4.0.md",
  "https://github.com/crypto-browserify/crypto-browserify",
  "https://github.com/indutny/elliptic/issues",
  "https://github.com/indutny/elliptic",
  "https://stuk.github.io/jszip/documentation/howto/read_zip.html",
  "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
];

/** The playground's page and folder in the build (webpack.config.js's second compilation). */
function isPlaygroundFile(file: string): boolean {
  return file === "playground.html" || file.startsWith("playground/");
}

/** office.js's host as taskpane.html's Content-Security-Policy names it: a permission, not a request. */
const OFFICE_HOST = new URL(OFFICE_JS).origin;

/** Any absolute URL: http(s), ws(s), ftp or another scheme with "//". */
const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>()\\,;]*/gi;

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(?:js|html|css)$/.test(f))
    .map((f) => join(dir, f));
}

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The page's <meta> Content-Security-Policy, and whether it comes before every script. */
function pagePolicy(html: string): { policy: Policy; beforeScripts: boolean; doc: Document } {
  const doc = new JSDOM(html).window.document;
  const metas = [...doc.querySelectorAll("meta")].filter((m) => m.httpEquiv.toLowerCase() === "content-security-policy");
  expect(metas).toHaveLength(1);
  const first = doc.querySelector("script");
  const beforeScripts = !first || Boolean(metas[0].compareDocumentPosition(first) & 4); // DOCUMENT_POSITION_FOLLOWING
  return { policy: parsePolicy(metas[0].content), beforeScripts, doc };
}

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

describe("the built pane", () => {
  let dir = "";

  beforeAll(async () => {
    dir = await productionPane();
  }, 180_000);

  test("names no URL but office.js that a browser would fetch", () => {
    const found = new Map<string, Set<string>>();
    const playgroundUrls = new Set<string>();
    for (const file of builtFiles(dir)) {
      const name = relative(dir, file).split(sep).join("/");
      for (const [url] of readFileSync(file, "utf8").matchAll(URL_PATTERN)) {
        if (isPlaygroundFile(name)) {
          playgroundUrls.add(url);
          continue;
        }
        if (!found.has(url)) found.set(url, new Set());
        found.get(url)!.add(name);
      }
    }
    const explained = (url: string) => NAMESPACES.includes(url) || TEXT_PREFIXES.some((p) => url.startsWith(p));
    const unexplained = [...found.keys()].filter((url) => url !== OFFICE_JS && url !== OFFICE_HOST && !explained(url));
    expect(unexplained).toEqual([]);
    // The playground names no host it would fetch from: namespaces and library messages only.
    const playgroundUnexplained = [...playgroundUrls].filter(
      (url) => !explained(url) && !PLAYGROUND_NAMESPACE_PREFIXES.some((p) => url.startsWith(p)) && !PLAYGROUND_MESSAGE_URLS.includes(url),
    );
    expect(playgroundUnexplained).toEqual([]);
    // office.js is named by the page's script tag and its host by the page's policy, nowhere else.
    expect([...(found.get(OFFICE_JS) ?? [])]).toEqual(["taskpane.html"]);
    expect([...(found.get(OFFICE_HOST) ?? [])]).toEqual(["taskpane.html"]);
    const doc = new JSDOM(readFileSync(join(dir, "taskpane.html"), "utf8")).window.document;
    const scripts = [...doc.querySelectorAll("script[src]")].map((s) => s.getAttribute("src") ?? "");
    expect(scripts.filter((src) => /^[a-z]+:|^\/\//i.test(src))).toEqual([OFFICE_JS]);
  });

  test("taskpane.html allows scripts only from its origin and office.js's host, and connections only to its origin", () => {
    const html = readFileSync(join(dir, "taskpane.html"), "utf8");
    const { policy, beforeScripts, doc } = pagePolicy(html);
    expect(beforeScripts).toBe(true);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    expect(policy.get("frame-src")).toEqual([OFFICE_HOST]);
    expect(policy.get("object-src") ?? policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    for (const name of ["script-src-elem", "script-src-attr", "child-src", "prefetch-src"]) expect(policy.has(name)).toBe(false);

    // Scripts: the origin, office.js's host, and each inline script by its hash; nothing that runs strings as code.
    const inline = [...doc.querySelectorAll("script:not([src])")].map((s) => sha256(s.textContent ?? ""));
    expect(inline).toHaveLength(1); // the webview check
    expect(policy.get("script-src")).toEqual(["'self'", OFFICE_HOST, ...inline]);
    const allSources = [...policy.values()].flat();
    for (const risky of ["'unsafe-eval'", "'wasm-unsafe-eval'", "*", "https:", "http:", "blob:", "'strict-dynamic'"]) {
      expect(allSources).not.toContain(risky);
    }
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    // Fluent UI's run-time <style> elements need this; styles cannot send data anywhere under this policy.
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    for (const d of ["img-src", "font-src"]) expect(policy.get(d)).toEqual(["'self'", "data:"]);
  });

  test("playground.html allows scripts and connections only to its origin, and nothing that runs strings as code", () => {
    const { policy, beforeScripts, doc } = pagePolicy(readFileSync(join(dir, "playground.html"), "utf8"));
    expect(beforeScripts).toBe(true);
    expect(Object.fromEntries(policy)).toEqual({
      "default-src": ["'none'"],
      "script-src": ["'self'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:"],
      "font-src": ["'self'", "data:"],
      "connect-src": ["'self'"],
      "worker-src": ["'self'"],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
    });
    expect(doc.querySelectorAll("script:not([src])")).toHaveLength(0);
    const scripts = [...doc.querySelectorAll("script[src]")].map((s) => s.getAttribute("src") ?? "");
    // Its own files, by relative path: the page works from any folder of any static host.
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/^playground\/[\w-]+\.[0-9a-f]{8}\.js$/);
    for (const script of scripts) expect(existsSync(join(dir, script))).toBe(true);
  });

  test("support.html runs no script and loads nothing", () => {
    const { policy } = pagePolicy(readFileSync(join(dir, "support.html"), "utf8"));
    expect(Object.fromEntries(policy)).toEqual({
      "default-src": ["'none'"],
      "style-src": ["'unsafe-inline'"],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
    });
  });

  test("the pages are emitted as written, so the script hash in the source is the one served", () => {
    for (const [page, template] of [
      ["taskpane.html", "src/taskpane/taskpane.html"],
      ["support.html", "src/taskpane/support.html"],
      ["playground.html", "src/playground/playground.html"],
    ]) {
      const built = readFileSync(join(dir, page), "utf8");
      const source = readFileSync(join(ROOT, template), "utf8");
      expect(pagePolicy(built).policy).toEqual(pagePolicy(source).policy);
      const scripts = (html: string) => [...pagePolicy(html).doc.querySelectorAll("script:not([src])")].map((s) => s.textContent);
      expect(scripts(built)).toEqual(scripts(source));
    }
  });
});

test("`npm start` builds without eval, which the policy forbids", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, "webpack.config.js"));
  for (const mode of ["development", "production"]) {
    // The pane's compilation and the playground's.
    const configs: { name: string; devtool: unknown }[] = await factory({}, { mode });
    expect(configs.map((c) => c.name)).toEqual(["pane", "playground"]);
    for (const config of configs) expect(String(config.devtool)).not.toMatch(/eval/);
  }
});
