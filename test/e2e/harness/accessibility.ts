import AxeBuilder from "@axe-core/playwright";
import axe from "axe-core";
import type { Page } from "playwright-core";

/** One axe finding, short enough to read in a failed expectation. */
function describe(r: { id: string; help: string; nodes: { target: unknown[] }[] }): string {
  return `${r.id} (${r.help}): ${r.nodes.map((n) => n.target.map(String).join(" ")).join(", ")}`;
}

/**
 * Runs axe-core (the project's own copy) over the page as it is now and expects no violation, and
 * no ARIA reference to an element that is not there (axe lists those as "needs review").
 *
 * AxeBuilder evaluates axe through the DevTools protocol, which the page's Content-Security-Policy
 * does not govern: the pane's policy stays as shipped, and nothing injected shows as a refusal.
 * Legacy mode runs axe in the page itself rather than finishing in a second, blank page: the pane
 * has no frames to visit, and each run takes half the time.
 *
 * Tabster's focus sentinels (`<i data-tabster-dummy tabindex=0 aria-hidden>`, which Fluent's
 * TabList adds around its tabs) are left out: they are focusable and hidden on purpose, to pass
 * focus on, and are a known false positive of the aria-hidden-focus rule (microsoft/tabster#288).
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page, axeSource: axe.source }).setLegacyMode(true).exclude("[data-tabster-dummy]").analyze();
  const brokenReferences = results.incomplete.filter((r) => r.id === "aria-valid-attr-value");
  expect({ screen, violations: results.violations.map(describe), brokenReferences: brokenReferences.map(describe) }).toEqual({
    screen,
    violations: [],
    brokenReferences: [],
  });
}
