import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEV_BASE, HostingUrlError, hostingBase, productionManifest } from "../../scripts/productionManifest";
import { allUrls, offlineProblems } from "../manifest/manifestChecks";
import { parseXml } from "../manifest/xmlTree";

const ROOT = join(__dirname, "..", "..");
const DEV = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("the production manifest for a pane hosted at https://HOST/PATH/", () => {
  const base = hostingBase("https://intranet.example.org/apps/huiwu");
  const xml = productionManifest(DEV, base);

  it("puts every URL under the hosting base, and names localhost nowhere", async () => {
    const root = await parseXml(xml);
    const urls = allUrls(root);
    expect(urls.length).toBe(allUrls(await parseXml(DEV)).length);
    for (const u of urls) expect(u.startsWith("https://intranet.example.org")).toBe(true);
    expect(
      urls.filter((u) => u !== "https://intranet.example.org").every((u) => u.startsWith("https://intranet.example.org/apps/huiwu/")),
    ).toBe(true);
    expect(xml).not.toMatch(/localhost/);
    expect(urls).toContain("https://intranet.example.org/apps/huiwu/taskpane.html");
  });

  it("passes every offline check the development manifest passes", async () => {
    const root = await parseXml(xml);
    expect(offlineProblems(root)).toEqual([]);
    expect(offlineProblems(await parseXml(DEV))).toEqual([]);
  });

  it("is read by office-addin-manifest as an Excel task pane at the new address", () => {
    const dir = mkdtempSync(join(tmpdir(), "huiwu-manifest-"));
    const file = join(dir, "manifest.xml");
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "scripts/manifest.ts"), "--url", base.href, "--out", file],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(readFileSync(file, "utf8")).toBe(xml);
    const script =
      'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
      ".then((m) => process.stdout.write(JSON.stringify(m)))";
    const read = JSON.parse(execFileSync(process.execPath, ["-e", script, file], { cwd: ROOT, encoding: "utf8" }));
    expect(read.officeAppType).toBe("TaskPaneApp");
    expect(read.hosts).toEqual(["Workbook"]);
    expect(read.defaultSettings.sourceLocation).toBe("https://intranet.example.org/apps/huiwu/taskpane.html");
  });

  it("keeps the development manifest's id and version", () => {
    expect(xml.match(/<Id>[^<]+<\/Id>/)![0]).toBe(DEV.match(/<Id>[^<]+<\/Id>/)![0]);
    expect(xml.match(/<Version>[^<]+<\/Version>/)![0]).toBe(DEV.match(/<Version>[^<]+<\/Version>/)![0]);
  });
});

describe("hostingBase", () => {
  it("ends the base with a slash so the pages sit inside it", () => {
    expect(hostingBase("https://example.org/huiwu").href).toBe("https://example.org/huiwu/");
    expect(hostingBase(" https://example.org ").href).toBe("https://example.org/");
  });

  it.each([
    ["example.org/huiwu", "is not a URL"],
    ["http://example.org/", "is not https"],
    ["https://localhost:3000/", "is this machine"],
    ["https://127.0.0.1/", "is this machine"],
    ["https://example.org/?v=2", "query or fragment"],
    ["https://me:secret@example.org/", "user name or password"],
  ])("refuses %s: it %s", (url, why) => {
    expect(() => hostingBase(url)).toThrow(HostingUrlError);
    expect(() => hostingBase(url)).toThrow(why);
  });

  it("knows the development base it replaces", () => {
    expect(DEV).toContain(DEV_BASE);
  });
});
