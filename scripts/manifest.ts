/**
 * npm run manifest -- --url https://HOST/PATH/ [--out FILE]: writes the production manifest for
 * the built pane hosted at that address (dist/manifest.xml unless --out says otherwise). The
 * manifest.xml at the project's root stays the development one (https://localhost:3000).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { HostingUrlError, hostingBase, productionManifest } from "./productionManifest";

const ROOT = join(__dirname, "..");
const USAGE = "usage: npm run manifest -- --url https://HOST/PATH/ [--out FILE]";

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function main(args: readonly string[]): number {
  const url = option(args, "--url");
  if (!url) {
    console.error(`manifest: no --url given\n${USAGE}`);
    return 2;
  }
  const out = resolve(option(args, "--out") ?? join(ROOT, "dist", "manifest.xml"));
  let xml: string;
  try {
    xml = productionManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8"), hostingBase(url));
  } catch (e) {
    if (e instanceof HostingUrlError) {
      console.error(`manifest: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, xml);
  } catch (e) {
    console.error(`manifest: cannot write ${out}: ${(e as Error).message}`);
    return 2;
  }
  console.log(`Wrote ${out}: the pane at ${hostingBase(url).href}. Upload dist/ to that address, then deploy this manifest.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
