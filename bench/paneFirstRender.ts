/**
 * The pane's first render in Chromium: the production build served locally, office.js replaced
 * by the test stand-in (test/e2e), the time from navigation to the first paint with content and
 * to the tabs being on screen and to the overview showing the workbook's numbers (read and checked);
 * the median of several fresh loads.
 */
import { launchChromium } from "../test/e2e/harness/chromium";
import { officeStandIn, productionPane } from "../test/e2e/harness/freshBuild";
import { openPane } from "../test/e2e/harness/openPane";
import { serveFolder } from "../test/e2e/harness/staticServer";

export interface FirstRender {
  loads: number;
  /** First contentful paint, ms after navigation started. */
  firstPaintMs: number;
  /** The pane's tabs visible, ms after navigation started. */
  readyMs: number;
  /** The overview's counts visible (the workbook read and checked), ms after navigation started. */
  overviewMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function paneFirstRender(loads = 5): Promise<FirstRender> {
  const [folder, standIn] = await Promise.all([productionPane(), officeStandIn()]);
  const server = await serveFolder(folder);
  const browser = await launchChromium();
  const paint: number[] = [];
  const ready: number[] = [];
  const overview: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const pane = await openPane(browser, server.origin, standIn, "lang=en-US", { viewport: { width: 340, height: 720 } });
      await pane.page.getByRole("tab", { name: "Overview" }).waitFor();
      const [p, r] = await pane.page.evaluate(() => [
        performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        performance.now(),
      ]);
      await pane.page.getByRole("heading", { name: "People and tasks" }).waitFor();
      overview.push(await pane.page.evaluate(() => performance.now()));
      paint.push(p);
      ready.push(r);
      await pane.context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { loads, firstPaintMs: median(paint), readyMs: median(ready), overviewMs: median(overview) };
}

if (require.main === module) paneFirstRender().then((r) => console.log(r));
