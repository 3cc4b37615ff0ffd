import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's chromium package; Playwright cannot download browsers here. */
export const CHROMIUM = "/usr/bin/chromium";

/** CI sets HUIWU_REQUIRE_CHROMIUM so a missing browser fails instead of skipping. */
export function chromiumRequired(): boolean {
  const v = process.env.HUIWU_REQUIRE_CHROMIUM;
  return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}

export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM);
}

// Offline and quiet: nothing may reach the network but what the test routes.
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Playwright gives every launch a fresh, temporary --user-data-dir and removes it on close. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}
