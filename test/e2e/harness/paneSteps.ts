import type { Page } from "playwright-core";
import type { InspectedCell, InspectedWorkbook } from "../../workbook/gatewayHarness";
import { HANDLE_GLOBAL, type StandInHandle } from "../officeStandIn/handle";

type PageWithFake = Record<string, StandInHandle & { fake: { inspect(): InspectedWorkbook } }>;

/** Opens a screen of the pane by its tab (role=tab) and waits until that tab is the selected one. */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  await tab.click();
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: name }).waitFor();
}

/** Waits until the stand-in has run this many Excel.run batches (a click's read or write has happened). */
export async function waitForRuns(page: Page, runs: number): Promise<void> {
  await page.waitForFunction(([g, n]) => (window as unknown as PageWithFake)[g].snapshot().runs >= n, [HANDLE_GLOBAL, runs] as const);
}

/** Every stored cell of the simulated workbook, sheet by sheet, keyed by A1 address. */
export function workbookCells(page: Page): Promise<Record<string, Record<string, InspectedCell>>> {
  return page.evaluate(
    (g) => Object.fromEntries((window as unknown as PageWithFake)[g].fake.inspect().sheets.map((s) => [s.name, s.cells])),
    HANDLE_GLOBAL,
  );
}

/** The sheets a step added or changed, in tab order: compares two `workbookCells` readings. */
export function sheetsChanged(
  before: Record<string, Record<string, InspectedCell>>,
  after: Record<string, Record<string, InspectedCell>>,
): string[] {
  return Object.keys(after).filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
}

/** The value beside a label in column A of a key–value sheet (the Event sheet), or undefined. */
export function valueBeside(cells: Record<string, InspectedCell> | undefined, label: string): InspectedCell["value"] {
  const at = Object.entries(cells ?? {}).find(([address, c]) => /^A\d+$/.test(address) && c.value === label)?.[0];
  return at ? cells?.[`B${at.slice(1)}`]?.value : undefined;
}
