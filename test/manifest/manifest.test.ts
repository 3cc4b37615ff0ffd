import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  allUrls,
  checkElementOrder,
  checkHostAndRequirements,
  checkIdentity,
  checkLocales,
  checkResources,
  checkRibbon,
  checkUrls,
  iconReferences,
  sourceLocations,
} from "./manifestChecks";
import { pngSize } from "./pngSize";
import { checkIconFiles, checkServedUrls, webpackOutputs, type WebpackOutputs } from "./webpackOutputs";
import { parseXml, type XmlNode } from "./xmlTree";

const ROOT = join(__dirname, "..", "..");
const MANIFEST_PATH = join(ROOT, "manifest.xml");
const MANIFEST = readFileSync(MANIFEST_PATH, "utf8");
const ORIGIN = "https://localhost:3000";

/** The real manifest with one text replaced; fails loudly if the text is not there. */
async function broken(find: string | RegExp, replace: string): Promise<XmlNode> {
  const changed = MANIFEST.replace(find, replace);
  if (changed === MANIFEST) throw new Error(`test setup: ${String(find)} not found in manifest.xml`);
  return parseXml(changed);
}

/**
 * office-addin-manifest's offline reader (readManifestFile, the one `info` uses). It needs
 * ES-module-only dependencies that jest cannot require, so it runs in a plain node process.
 */
function readWithOfficeAddinManifest(file: string): {
  officeAppType?: string;
  hosts?: string[];
  id?: string;
  defaultSettings?: { sourceLocation?: string };
} {
  const script =
    'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
    ".then((m) => process.stdout.write(JSON.stringify(m)))";
  const out = execFileSync(process.execPath, ["-e", script, file], { cwd: ROOT, encoding: "utf8", env: process.env });
  return JSON.parse(out);
}

let manifest: XmlNode;
let outputs: WebpackOutputs;

beforeAll(async () => {
  manifest = await parseXml(MANIFEST);
  outputs = await webpackOutputs(ROOT);
});

describe("manifest.xml passes the offline checks", () => {
  test("identity: GUID id, four-part version, provider, en-US default, ReadWriteDocument", () => {
    expect(checkIdentity(manifest)).toEqual([]);
  });

  test("top-level elements are in schema order", () => {
    expect(checkElementOrder(manifest)).toEqual([]);
  });

  test("every URL is https", () => {
    expect(allUrls(manifest).length).toBeGreaterThan(5);
    expect(checkUrls(manifest)).toEqual([]);
  });

  test("every resid resolves to a resource of the right kind", () => {
    expect(checkResources(manifest)).toEqual([]);
  });

  test("names, descriptions and ribbon strings exist in en-US and zh-CN", () => {
    expect(checkLocales(manifest)).toEqual([]);
    const displayName = manifest.children.find((c) => c.name === "DisplayName");
    expect(displayName?.attrs.DefaultValue).toMatch(/Huiwu/);
    expect(displayName?.children[0].attrs.Value).toMatch(/会务/);
  });

  test("Excel only, ExcelApi 1.8", () => {
    expect(checkHostAndRequirements(manifest)).toEqual([]);
  });

  test("a Home-tab button opens the task pane, with 16/32/80 px icons", () => {
    expect(checkRibbon(manifest)).toEqual([]);
  });

  test("every icon exists in assets/ with the pixel size Office asks for", () => {
    const icons = iconReferences(manifest);
    expect(icons.map((i) => i.size).sort((a, b) => a - b)).toEqual([16, 16, 32, 32, 32, 64, 80, 80]);
    expect(checkIconFiles(icons, outputs, ROOT)).toEqual([]);
  });

  test("the task pane URL is the page webpack emits for the taskpane entry", () => {
    const page = outputs.pages.find((p) => p.template.endsWith("src/taskpane/taskpane.html"));
    expect(page).toBeDefined();
    expect(outputs.entries).toContain("taskpane");
    expect(page!.chunks).toContain("taskpane");
    const locations = sourceLocations(manifest);
    expect(locations.length).toBe(2);
    for (const url of locations) expect(url).toBe(`${ORIGIN}/${page!.filename}`);
  });

  test("every URL on the add-in's origin is emitted by the build from a file that exists", () => {
    expect(checkServedUrls(allUrls(manifest), ORIGIN, outputs, ROOT)).toEqual([]);
  });

  test("office-addin-manifest's own reader agrees", () => {
    const info = readWithOfficeAddinManifest(MANIFEST_PATH);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.id).toBe(manifest.children.find((c) => c.name === "Id")?.text);
    expect(info.defaultSettings?.sourceLocation).toBe(`${ORIGIN}/taskpane.html`);
  });
});

describe("the checks catch a broken manifest", () => {
  test("an id that is not a GUID", async () => {
    const m = await broken(/<Id>[^<]+<\/Id>/, "<Id>huiwu-addin</Id>");
    expect(checkIdentity(m)).toEqual([expect.stringContaining("not a GUID")]);
  });

  test("a version that is not four-part", async () => {
    const m = await broken("<Version>1.0.0.0</Version>", "<Version>1.0.0</Version>");
    expect(checkIdentity(m)).toEqual([expect.stringContaining("four-part")]);
  });

  test("elements out of schema order", async () => {
    const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(MANIFEST)![0];
    const m = await parseXml(MANIFEST.replace(requirements, "").replace("<Hosts>", `${requirements.trim()}\n  <Hosts>`));
    expect(checkElementOrder(m)).toEqual([expect.stringContaining("Hosts must come before Requirements")]);
  });

  test("an http URL, and a URL field without a scheme", async () => {
    const m = await broken(`${ORIGIN}/assets/icon-16.png`, "http://localhost:3000/assets/icon-16.png");
    expect(checkUrls(m)).toContain("not an https URL: http://localhost:3000/assets/icon-16.png");
    const n = await broken('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="');
    expect(checkUrls(n)).toEqual([expect.stringContaining("SupportUrl is not an https URL")]);
  });

  test("a resid without a resource, and one of the wrong kind", async () => {
    const m = await broken('<Label resid="Huiwu.TaskpaneButton.Label"/>', '<Label resid="Huiwu.Button.Lable"/>');
    expect(checkResources(m)).toEqual(['resid "Huiwu.Button.Lable" on <Label> has no resource']);
    const n = await broken('<Description resid="Huiwu.TaskpaneButton.Tooltip"/>', '<Description resid="Huiwu.Group.Label"/>');
    expect(checkResources(n)).toEqual([expect.stringContaining("is ShortStrings, expected LongStrings")]);
  });

  test("a missing zh-CN string", async () => {
    const m = await broken(/\s*<bt:Override Locale="zh-CN" Value="会务"\/>/, "");
    expect(checkLocales(m)).toEqual(["Huiwu.Group.Label has no zh-CN override"]);
    const n = await broken('<Override Locale="zh-CN" Value="会务助手"/>', "");
    expect(checkLocales(n)).toEqual(["DisplayName has no zh-CN override"]);
  });

  test("another host or an older ExcelApi", async () => {
    const m = await broken('<Host Name="Workbook"/>', '<Host Name="Document"/>');
    expect(checkHostAndRequirements(m)).toEqual([expect.stringContaining("expected [Workbook]")]);
    const n = await broken('<Set Name="ExcelApi" MinVersion="1.8"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(checkHostAndRequirements(n)).toEqual(["ExcelApi MinVersion is 1.7, expected 1.8"]);
  });

  test("a button that does not open the task pane, or lacks an icon size", async () => {
    const m = await broken('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ExecuteFunction">');
    expect(checkRibbon(m)).toContain("no button whose Action is ShowTaskpane");
    const n = await broken(/\s*<bt:Image size="80" resid="Icon.80x80"\/>/, "");
    expect(checkRibbon(n)).toEqual(["Huiwu.Group has no 80px icon"]);
  });

  test("an icon file that is missing or has the wrong size", async () => {
    const m = await broken(`${ORIGIN}/assets/icon-80.png`, `${ORIGIN}/assets/icon-81.png`);
    expect(checkIconFiles(iconReferences(m), outputs, ROOT)).toEqual([
      `icon ${ORIGIN}/assets/icon-81.png has no file`,
      `icon ${ORIGIN}/assets/icon-81.png has no file`,
    ]);
    const n = await broken(`${ORIGIN}/assets/icon-80.png`, `${ORIGIN}/assets/icon-64.png`);
    expect(checkIconFiles(iconReferences(n), outputs, ROOT)).toContain(`icon ${ORIGIN}/assets/icon-64.png is 64x64, expected 80x80`);
  });

  test("a task pane URL the build does not emit", async () => {
    const m = await broken(
      `<SourceLocation DefaultValue="${ORIGIN}/taskpane.html"/>`,
      `<SourceLocation DefaultValue="${ORIGIN}/index.html"/>`,
    );
    expect(checkServedUrls(allUrls(m), ORIGIN, outputs, ROOT)).toEqual([`${ORIGIN}/index.html is not emitted by the build`]);
  });

  test("pngSize rejects bytes that are not a PNG", () => {
    expect(pngSize(Buffer.from("GIF89a........................"))).toBeUndefined();
    expect(pngSize(readFileSync(join(ROOT, "assets", "icon-16.png")))).toEqual({ width: 16, height: 16 });
  });
});
