import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./freshBuild";
import { SCREENSHOTS } from "./paneBrowser";

/**
 * The pane's screenshots the README shows (committed): pane-<lang>-<theme>-<screen>.png. They are
 * rewritten only when HUIWU_DOC_SCREENSHOTS is set, since what the pane shows moves with the date
 * (days to go, tasks overdue): an ordinary run leaves the committed pictures alone and saves its
 * own beside the other screenshots, in test/e2e/__screenshots__/docs (not committed).
 */
export const DOC_SCREENSHOTS = docScreenshotsWanted() ? join(ROOT, "docs", "screenshots") : join(SCREENSHOTS, "docs");

function docScreenshotsWanted(): boolean {
  const v = process.env.HUIWU_DOC_SCREENSHOTS;
  return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}

/** A task pane's width in Excel: the pictures are taken at this width, one CSS pixel a pixel. */
export const PANE_VIEWPORT = { width: 340, height: 640 };

/** A picture over this many bytes is cut to its first MAX_HEIGHT pixels, so the README stays light. */
const MAX_BYTES = 150_000;
const MAX_HEIGHT = 1400;

/**
 * Saves the whole page as <name>.png in DOC_SCREENSHOTS (340 px wide), after moving the mouse away
 * so no hover colour shows; a long screen is cut to its first 1400 px.
 */
export async function saveDocScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(DOC_SCREENSHOTS, { recursive: true });
  await page.mouse.move(0, 0);
  let png = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" });
  if (png.length > MAX_BYTES) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const width = page.viewportSize()?.width ?? PANE_VIEWPORT.width;
    png = await page.screenshot({
      fullPage: true,
      animations: "disabled",
      caret: "hide",
      clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) },
    });
  }
  writeFileSync(join(DOC_SCREENSHOTS, `${name}.png`), png);
}
