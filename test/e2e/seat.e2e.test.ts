import { join } from "node:path";
import type { Page } from "playwright-core";
import { chromiumInstalled } from "./harness/chromium";
import { expectNoTrouble } from "./harness/expectNoTrouble";
import { paneBrowser, SCREENSHOTS } from "./harness/paneBrowser";
import type { StandInHandle } from "./officeStandIn/handle";

/** What a planner sees with each sample workbook when seating and housing (samples/sampleFiles.ts). */
const CASES = [
  {
    lang: "zh",
    query: "lang=zh-CN",
    seatButton: "排座次",
    roomsButton: "分配住宿",
    cancelButton: "取消",
    seatSheets: ["主席台座次", "桌签", "桌次安排", "桌次图"],
    roomSheet: "住宿分配",
    seatWritten: "已写入工作表：“主席台座次”、“桌签”、“桌次安排”、“桌次图”",
    guests: /^就餐 \d+ 人，使用 \d+ 桌（\d+ 个座位）$/,
    cost: /^座次代价（越低越好）：初始方案 [\d.]+ → 优化后 [\d.]+$/,
    roomsWritten: "已写入工作表：“住宿分配”",
    housed: /^已安排 \d+ 人入住/,
    cancelled: "已取消排座次，工作簿未作任何改动。",
  },
  {
    lang: "en",
    query: "lang=en-US",
    seatButton: "Plan seating",
    roomsButton: "Assign rooms",
    cancelButton: "Cancel",
    seatSheets: ["Dais Seating", "Table Tents", "Table Assignment", "Table Chart"],
    roomSheet: "Room Allocation",
    seatWritten: "Written: Dais Seating, Table Tents, Table Assignment, Table Chart",
    guests: /^\d+ guests at \d+ tables \(\d+ seats\)$/,
    cost: /^Seating cost \(lower is better\): [\d.]+ at the start → [\d.]+ optimised$/,
    roomsWritten: "Written: Room Allocation",
    housed: /^\d+ people housed/,
    cancelled: "Seating cancelled: nothing was written to the workbook.",
  },
];

const WORKER_CHUNK = /^\/table-worker\.[0-9a-f]{8}\.js$/;
const SEAT_CHUNK = /^\/seat\.[0-9a-f]{8}\.js$/;

/** Records every value the progress bar shows (null while indeterminate), however briefly it is there. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: (string | null)[] = [];
    Object.assign(window, { __progressSeen: seen });
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      if (bar) seen.push(bar.getAttribute("aria-valuenow"));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

function progressSeen(page: Page): Promise<(string | null)[]> {
  return page.evaluate(() => (window as unknown as { __progressSeen: (string | null)[] }).__progressSeen);
}

/** Non-empty cells of a sheet of the simulated workbook. */
function filledCells(page: Page, sheet: string): Promise<number> {
  return page.evaluate((name) => {
    const fake = (
      window as unknown as {
        __fake: StandInHandle & { fake: { sheet(n: string): { cells: Map<number, { value: unknown }> } | undefined } };
      }
    ).__fake.fake;
    const cells = fake.sheet(name)?.cells;
    return cells ? [...cells.values()].filter((c) => c.value !== "" && c.value !== undefined).length : 0;
  }, sheet);
}

(chromiumInstalled() ? describe : describe.skip)("seating and rooms in the built task pane", () => {
  const { open, origin } = paneBrowser();

  test.each(CASES)(
    "$lang: Seat plans the tables in a worker from the add-in's origin, shows progress and writes the four seating sheets",
    async (c) => {
      const pane = await open(c.query);
      const { page } = pane;
      const seatButton = page.getByRole("button", { name: c.seatButton });
      await seatButton.waitFor();
      await watchProgress(page);
      const before = pane.trouble.fetched.length;
      await seatButton.click();
      await page.getByText(c.seatWritten).waitFor();

      const fetched = pane.trouble.fetched.slice(before);
      expect(fetched.some((p) => SEAT_CHUNK.test(p))).toBe(true);
      expect(fetched.some((p) => WORKER_CHUNK.test(p))).toBe(true);
      expect(pane.trouble.workers).toHaveLength(1);
      expect(new URL(pane.trouble.workers[0]).origin).toBe(origin());
      expect(WORKER_CHUNK.test(new URL(pane.trouble.workers[0]).pathname)).toBe(true);

      // The bar showed while reading (indeterminate) and then the share of the search done.
      const seen = await progressSeen(page);
      expect(seen).toContain(null);
      expect(seen.some((v) => v !== null && Number(v) >= 0 && Number(v) <= 1)).toBe(true);
      expect(await page.getByRole("progressbar").count()).toBe(0);

      const snap = await pane.snapshot();
      expect(snap.sheetNames).toEqual(expect.arrayContaining(c.seatSheets));
      expect(snap).toMatchObject({ failedSyncs: 0, errors: [] });
      for (const sheet of c.seatSheets) expect(await filledCells(page, sheet)).toBeGreaterThan(10);
      const result = page.getByTestId("seat-result");
      expect(await result.getByText(c.guests).count()).toBe(1);
      expect(await result.getByText(c.cost).count()).toBe(1);
      await page.screenshot({ path: join(SCREENSHOTS, `pane-${c.lang}-after-seat.png`), fullPage: true });
      expectNoTrouble(pane);
    },
    60_000,
  );

  test.each(CASES)(
    "$lang: Rooms loads on demand and writes the room allocation sheet",
    async (c) => {
      const pane = await open(c.query);
      const { page } = pane;
      const roomsButton = page.getByRole("button", { name: c.roomsButton });
      await roomsButton.waitFor();
      await roomsButton.click();
      await page.getByText(c.roomsWritten).waitFor();
      expect(pane.trouble.fetched.some((p) => /^\/rooms\.[0-9a-f]{8}\.js$/.test(p))).toBe(true);
      const snap = await pane.snapshot();
      expect(snap.sheetNames).toContain(c.roomSheet);
      expect(snap).toMatchObject({ failedSyncs: 0, errors: [] });
      expect(await filledCells(page, c.roomSheet)).toBeGreaterThan(10);
      expect(await page.getByTestId("rooms-result").getByText(c.housed).count()).toBe(1);
      await page.screenshot({ path: join(SCREENSHOTS, `pane-${c.lang}-after-rooms.png`), fullPage: true });
      expectNoTrouble(pane);
    },
    60_000,
  );

  test("Cancel stops a long table search: the worker ends and nothing is written", async () => {
    const c = CASES[0];
    const pane = await open(`${c.query}&tableIterations=50000000`);
    const { page } = pane;
    await page.getByRole("button", { name: c.seatButton }).waitFor();
    const sheetsBefore = (await pane.snapshot()).sheetNames;
    const workerClosed = new Promise<void>((resolve) => page.on("worker", (w) => w.on("close", () => resolve())));
    await page.getByRole("button", { name: c.seatButton }).click();
    // Searching: the bar shows a share done, and the pane still answers.
    await page.locator('[role="progressbar"][aria-valuenow]').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "pane-zh-seating.png") });
    await page.getByRole("button", { name: c.cancelButton }).click();
    await page.getByText(c.cancelled).waitFor();
    await workerClosed;
    const snap = await pane.snapshot();
    expect(snap.sheetNames).toEqual(sheetsBefore);
    expect(snap).toMatchObject({ failedSyncs: 0, errors: [] });
    expect(await page.getByRole("button", { name: c.seatButton }).isEnabled()).toBe(true);
    expectNoTrouble(pane);
  }, 60_000);
});
