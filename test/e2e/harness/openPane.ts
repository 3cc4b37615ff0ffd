import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { HANDLE_GLOBAL, type StandInHandle, type StandInSnapshot } from "../officeStandIn/handle";

/** The script tag of taskpane.html; the stand-in is served in its place. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** A `securitypolicyviolation` event: what the page's Content-Security-Policy refused. */
export interface CspViolation {
  blockedURI: string;
  effectiveDirective: string;
  disposition: string;
}

/** What went wrong on a page while a test drove it, and what it asked the network for. */
export interface PageTrouble {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests that tried to leave 127.0.0.1 (other than office.js) and were blocked. */
  blockedRequests: string[];
  /** Requests to the pane's server that did not answer 200. */
  failedRequests: string[];
  /** Paths fetched from the pane's server. */
  fetched: string[];
  /** Script URLs of the Web Workers the page started. */
  workers: string[];
  /** Every URL the page and its workers requested, in order, office.js and blocked ones included. */
  requests: string[];
  /** What the page's Content-Security-Policy refused (never reaches `requests`). */
  cspViolations: CspViolation[];
}

export interface OpenPane {
  page: Page;
  context: BrowserContext;
  trouble: PageTrouble;
  snapshot(): Promise<StandInSnapshot>;
}

const CSP_BINDING = "__huiwuCspViolation";

/** Opens taskpane.html from `origin` with office.js replaced by the stand-in; no other network. */
export async function openPane(
  browser: Browser,
  origin: string,
  standInFile: string,
  query: string,
  options: BrowserContextOptions = {},
): Promise<OpenPane> {
  const standIn = readFileSync(standInFile, "utf8");
  const context = await browser.newContext({ viewport: { width: 360, height: 720 }, ...options });
  const trouble: PageTrouble = {
    consoleErrors: [],
    pageErrors: [],
    blockedRequests: [],
    failedRequests: [],
    fetched: [],
    workers: [],
    requests: [],
    cspViolations: [],
  };
  await context.exposeBinding(CSP_BINDING, (_source, v: CspViolation) => void trouble.cspViolations.push(v));
  await context.addInitScript((binding) => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as Record<string, (v: object) => void>)[binding];
      report({ blockedURI: e.blockedURI, effectiveDirective: e.effectiveDirective, disposition: e.disposition });
    });
  }, CSP_BINDING);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    trouble.requests.push(url);
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: standIn });
    if (url.startsWith(`${origin}/`)) return route.continue();
    trouble.blockedRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") trouble.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => trouble.pageErrors.push(String(e)));
  page.on("worker", (worker) => {
    trouble.workers.push(worker.url());
    worker.on("console", (m) => {
      if (m.type() === "error") trouble.consoleErrors.push(`worker: ${m.text()}`);
    });
  });
  page.on("response", (r) => {
    if (!r.url().startsWith(`${origin}/`)) return;
    trouble.fetched.push(new URL(r.url()).pathname);
    if (r.status() !== 200) trouble.failedRequests.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${origin}/taskpane.html?${query}`, { waitUntil: "load" });
  return {
    page,
    context,
    trouble,
    snapshot: () => page.evaluate((g) => (window as unknown as Record<string, StandInHandle>)[g].snapshot(), HANDLE_GLOBAL),
  };
}
