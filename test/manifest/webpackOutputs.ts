import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import type { IconReference } from "./manifestChecks";
import { pngSize } from "./pngSize";

export interface HtmlPage {
  filename: string;
  template: string;
  chunks: string[] | "all";
}

export interface CopyPattern {
  from: string;
  to: string;
}

export interface WebpackOutputs {
  entries: string[];
  pages: HtmlPage[];
  copies: CopyPattern[];
}

type ConfigFactory = (env: object, argv: object) => Promise<{ name: string; entry: Record<string, string>; plugins: object[] }[]>;

/** What the production build of the pane emits, read from webpack.config.js itself (its "pane" compilation; the playground's is the other). */
export async function webpackOutputs(repoRoot: string): Promise<WebpackOutputs> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory: ConfigFactory = require(join(repoRoot, "webpack.config.js"));
  const config = (await factory({ WEBPACK_BUILD: true }, { mode: "production" })).find((c) => c.name === "pane")!;
  const pages: HtmlPage[] = [];
  const copies: CopyPattern[] = [];
  for (const plugin of config.plugins) {
    if (plugin instanceof HtmlWebpackPlugin) {
      const o = plugin.userOptions;
      const chunks = Array.isArray(o.chunks) ? o.chunks : "all";
      pages.push({ filename: String(o.filename ?? "index.html"), template: o.template ?? "", chunks });
    } else if (plugin instanceof CopyWebpackPlugin) {
      // `patterns` is private in the plugin's types; it is the option passed in.
      for (const p of (plugin as unknown as { patterns: (CopyPattern | string)[] }).patterns) {
        copies.push(typeof p === "string" ? { from: p, to: p } : { from: p.from, to: p.to ?? p.from });
      }
    }
  }
  return { entries: Object.keys(config.entry), pages, copies };
}

/** The repository file a URL path of the built site comes from, if any. */
export function sourceFileFor(urlPath: string, out: WebpackOutputs, repoRoot: string): string | undefined {
  const page = out.pages.find((p) => p.filename === urlPath);
  if (page) return join(repoRoot, page.template);
  for (const c of out.copies) {
    if (urlPath === c.to) return join(repoRoot, c.from);
    if (urlPath.startsWith(`${c.to}/`)) return join(repoRoot, c.from, urlPath.slice(c.to.length + 1));
  }
  return undefined;
}

/** Every URL on the add-in's own origin must be something the build emits from a file that exists. */
export function checkServedUrls(urls: string[], origin: string, out: WebpackOutputs, repoRoot: string): string[] {
  const problems: string[] = [];
  for (const url of urls) {
    const u = new URL(url);
    if (u.origin !== origin || u.pathname === "/") continue;
    const file = sourceFileFor(u.pathname.slice(1), out, repoRoot);
    if (!file) problems.push(`${url} is not emitted by the build`);
    else if (!existsSync(file)) problems.push(`${url} comes from ${file}, which does not exist`);
  }
  return problems;
}

export function checkIconFiles(icons: IconReference[], out: WebpackOutputs, repoRoot: string): string[] {
  const problems: string[] = [];
  for (const { url, size } of icons) {
    const file = sourceFileFor(new URL(url).pathname.slice(1), out, repoRoot);
    if (!file || !existsSync(file)) {
      problems.push(`icon ${url} has no file`);
      continue;
    }
    const dims = pngSize(readFileSync(file));
    if (!dims) problems.push(`icon ${url} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) {
      problems.push(`icon ${url} is ${dims.width}x${dims.height}, expected ${size}x${size}`);
    }
  }
  return problems;
}
