import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { launchChromium } from "./chromium";
import { officeStandIn, productionPane } from "./freshBuild";
import { openPane, type OpenPane } from "./openPane";
import { serveFolder, type StaticServer } from "./staticServer";

export const SCREENSHOTS = join(__dirname, "..", "__screenshots__");

export interface PaneBrowser {
  /** A fresh pane (its own browser context, closed after the test) on the sample workbook. */
  open(query: string, options?: Parameters<typeof openPane>[4]): Promise<OpenPane>;
  /** Where the built pane is served from. */
  origin(): string;
}

/**
 * The production pane served locally and one Chromium for a describe block: call it at the top
 * of the block; it registers the hooks that start and stop them.
 */
export function paneBrowser(): PaneBrowser {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let standIn = "";
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const [paneFolder, standInFile] = await Promise.all([productionPane(), officeStandIn()]);
    standIn = standInFile;
    server = await serveFolder(paneFolder);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    // A cold cache builds the pane and the stand-in (minutes on two cores) while the other files wait on the lock.
  }, 420_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
  });

  return {
    async open(query, options) {
      if (!browser || !server) throw new Error("the browser or the server did not start");
      const pane = await openPane(browser, server.origin, standIn, query, options);
      contexts.push(pane.context);
      return pane;
    },
    origin() {
      if (!server) throw new Error("the server did not start");
      return server.origin;
    },
  };
}
