/**
 * The pane's first render in Chromium: the production build served locally, office.js replaced
 * by the test stand-in (test/e2e), the time from navigation to the first paint with content and
 * to the Read button being on screen; the median of several fresh loads.
 */
import { launchChromium } from "../test/e2e/harness/chromium";
import { officeStandIn, productionPane } from "../test/e2e/harness/freshBuild";
import { openPane } from "../test/e2e/harness/openPane";
import { serveFolder } from "../test/e2e/harness/staticServer";

export interface FirstRender {
  loads: number;
  /** First contentful paint, ms after navigation started. */
  firstPaintMs: number;
  /** The Read workbook button visible, ms after navigation started. */
  readyMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function paneFirstRender(loads = 5): Promise<FirstRender> {
  const [folder, standIn] = await Promise.all([productionPane(), officeStandIn()]);
  const server = await serveFolder(folder);
  const browser = await launchChromium();
  const paint: number[] = [];
  const ready: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const pane = await openPane(browser, server.origin, standIn, "lang=en-US", { viewport: { width: 340, height: 720 } });
      await pane.page.getByRole("button", { name: "Read workbook" }).waitFor();
      const [p, r] = await pane.page.evaluate(() => [
        performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        performance.now(),
      ]);
      paint.push(p);
      ready.push(r);
      await pane.context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { loads, firstPaintMs: median(paint), readyMs: median(ready) };
}

if (require.main === module) paneFirstRender().then((r) => console.log(r));
