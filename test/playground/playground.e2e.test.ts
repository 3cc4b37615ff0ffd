import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, chromiumInstalled, chromiumRequired, launchChromium } from "../e2e/harness/chromium";
import type { CspViolation } from "../e2e/harness/openPane";
import { productionPane } from "../e2e/harness/freshBuild";
import { serveFolder, type StaticServer } from "../e2e/harness/staticServer";

/**
 * Presses the pane's Check: the one place that knows App's controls, which are being reworked.
 * By role and accessible name; a pane that puts Check on a tab of its own gets the tab first.
 */
async function pressCheck(page: Page): Promise<void> {
  const pane = page.getByRole("complementary", { name: "会务助手窗格" });
  const button = pane.getByRole("button", { name: "检查", exact: true });
  const tab = pane.getByRole("tab", { name: "检查", exact: true });
  await button.or(tab).first().waitFor({ timeout: 30_000 });
  if ((await button.count()) === 0) await tab.click();
  await button.click();
}

/** The playground's own controls (src/playground/strings.ts, Chinese). */
const SHELL = {
  sampleZh: "中文示例",
  download: "下载 .xlsx",
};

const CSP_BINDING = "__huiwuCspViolation";

interface Watched {
  page: Page;
  requests: string[];
  elsewhere: string[];
  errors: string[];
  csp: CspViolation[];
}

/** A page of its own context in Chinese, every request recorded and any leaving `origin` refused. */
async function watchedPage(browser: Browser, origin: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN", acceptDownloads: true });
  const watched: Watched = { page: undefined as unknown as Page, requests: [], elsewhere: [], errors: [], csp: [] };
  await context.exposeBinding(CSP_BINDING, (_source, v: CspViolation) => void watched.csp.push(v));
  await context.addInitScript((binding) => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as Record<string, (v: object) => void>)[binding];
      report({ blockedURI: e.blockedURI, effectiveDirective: e.effectiveDirective, disposition: e.disposition });
    });
  }, CSP_BINDING);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    watched.requests.push(url);
    if (url.startsWith(`${origin}/`)) return route.continue();
    watched.elsewhere.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") watched.errors.push(m.text());
  });
  page.on("pageerror", (e) => watched.errors.push(String(e)));
  page.on("worker", (w) => w.on("console", (m) => m.type() === "error" && watched.errors.push(`worker: ${m.text()}`)));
  page.on("response", (r) => {
    if (r.url().startsWith(`${origin}/`) && r.status() !== 200) watched.errors.push(`${r.status()} ${r.url()}`);
  });
  watched.page = page;
  return watched;
}

if (!chromiumInstalled() && chromiumRequired()) {
  test(`Chromium is installed at ${CHROMIUM} (HUIWU_REQUIRE_CHROMIUM is set)`, () => {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`);
  });
}

(chromiumInstalled() ? describe : describe.skip)("the playground, Huiwu without Excel, in Chromium", () => {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await serveFolder(await productionPane());
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
  });

  test("opens the Chinese sample, checks it, and downloads a workbook with the 检查结果 sheet; nothing leaves the page's origin", async () => {
    const origin = server!.origin;
    const w = await watchedPage(browser!, origin);
    const { page } = w;
    await page.goto(`${origin}/playground.html`, { waitUntil: "load" });
    const toolbar = page.getByRole("banner");
    await toolbar.getByRole("button", { name: SHELL.sampleZh }).click();

    const tabs = page.getByRole("tablist", { name: "工作表" });
    await tabs.getByRole("tab", { name: "参会人员" }).waitFor();
    await expect(tabs.getByRole("tab", { name: "检查结果" }).count()).resolves.toBe(0);
    // The grid shows the first sheet's cells.
    await expect(page.locator("td[data-cell='A1']").first().textContent()).resolves.not.toBe("");

    await pressCheck(page);
    await tabs.getByRole("tab", { name: "检查结果" }).waitFor({ timeout: 60_000 });

    const [download] = await Promise.all([page.waitForEvent("download"), toolbar.getByRole("button", { name: SHELL.download }).click()]);
    expect(download.suggestedFilename()).toBe("annual-work-conference.zh.huiwu.xlsx");
    const bytes = await readFile((await download.path())!);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = excel.worksheets.map((ws) => ws.name);
    expect(names).toEqual(expect.arrayContaining(["参会人员", "检查结果"]));
    expect(excel.getWorksheet("检查结果")!.rowCount).toBeGreaterThan(5);

    // The page, its chunks (the pane, the file adapter), the sample: all from the page's origin.
    expect(w.elsewhere).toEqual([]);
    const paths = w.requests.map((u) => new URL(u).pathname);
    expect(paths).toContain("/playground.html");
    expect(paths.some((p) => /^\/playground\/xlsx\.[0-9a-f]{8}\.js$/.test(p))).toBe(true);
    expect(paths.some((p) => /^\/playground\/annual-work-conference\.zh\.[0-9a-f]{8}\.xlsx$/.test(p))).toBe(true);
    expect({ errors: w.errors, csp: w.csp }).toEqual({ errors: [], csp: [] });
    await page.context().close();
  }, 120_000);
});
