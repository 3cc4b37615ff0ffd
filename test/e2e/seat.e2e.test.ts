import { join } from "node:path";
import type { Page } from "playwright-core";
import { chromiumInstalled } from "./harness/chromium";
import { expectNoTrouble } from "./harness/expectNoTrouble";
import { paneBrowser, SCREENSHOTS } from "./harness/paneBrowser";
import type { OpenPane } from "./harness/openPane";
import { openTab, waitForRuns } from "./harness/paneSteps";
import type { StandInHandle } from "./officeStandIn/handle";

/** What a planner sees with each sample workbook when seating and housing (samples/sampleFiles.ts). */
const CASES = [
  {
    lang: "zh",
    query: "lang=zh-CN",
    countsHeading: "人员与任务",
    seatTab: "座次",
    roomsTab: "住宿",
    seatButton: "排座次",
    roomsButton: "分配住宿",
    cancelButton: "取消",
    seatSheets: ["主席台座次", "桌签", "桌次安排", "桌次图"],
    roomSheet: "住宿分配",
    seatWritten: /^已写入工作表：“主席台座次”、“桌签”、“桌次安排”、“桌次图”/,
    open: (sheet: string) => `打开“${sheet}”`,
    guests: /^就餐 \d+ 人，使用 \d+ 桌（\d+ 个座位）$/,
    // The plan in a planner's terms: who is split, and whether a hard rule is broken.
    plan: [/^(\d+ 个单位分坐在两桌或更多桌|每个单位都坐在同一桌)$/, /^(不同桌、同行同桌、指定桌号等要求全部满足|有 \d+ 项要求未能满足)$/],
    roomsWritten: "已写入工作表：“住宿分配”",
    housed: /^已安排 \d+ 人入住/,
    cancelled: "已取消排座次，工作簿未作任何改动。",
  },
  {
    lang: "en",
    query: "lang=en-US",
    countsHeading: "People and tasks",
    seatTab: "Seating",
    roomsTab: "Rooms",
    seatButton: "Plan seating",
    roomsButton: "Assign rooms",
    cancelButton: "Cancel",
    seatSheets: ["Dais Seating", "Table Tents", "Table Assignment", "Table Chart"],
    roomSheet: "Room Allocation",
    seatWritten: /^Written: Dais Seating, Table Tents, Table Assignment, Table Chart/,
    open: (sheet: string) => `Open “${sheet}”`,
    guests: /^\d+ guests at \d+ tables \(\d+ seats\)$/,
    plan: [
      /^(Every organisation sits at one table|\d+ organisations? (is|are) split over two or more tables)$/,
      /^(No rule broken \(keep-apart, parties, locked tables\)|\d+ rules? could not be kept)$/,
    ],
    roomsWritten: "Written: Room Allocation",
    housed: /^\d+ people housed/,
    cancelled: "Seating cancelled: nothing was written to the workbook.",
  },
];

const WORKER_CHUNK = /^\/table-worker\.[0-9a-f]{8}\.js$/;
const SEAT_CHUNK = /^\/seat\.[0-9a-f]{8}\.js$/;
const SEAT_VIEWS_CHUNK = /^\/seat-views\.[0-9a-f]{8}\.js$/;
const ROOMS_CHUNK = /^\/rooms\.[0-9a-f]{8}\.js$/;

/** Opens the pane on the sample and waits for its first read (the overview). */
async function openRead(open: ReturnType<typeof paneBrowser>["open"], c: (typeof CASES)[number], extra = ""): Promise<OpenPane> {
  const pane = await open(`${c.query}${extra}`);
  await pane.page.getByRole("heading", { name: c.countsHeading }).waitFor();
  return pane;
}

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
      const pane = await openRead(open, c);
      const { page } = pane;
      // The Seating screen and the seating code load when the screen is first opened, the worker when the search starts.
      expect(pane.trouble.fetched.filter((p) => SEAT_CHUNK.test(p) || SEAT_VIEWS_CHUNK.test(p) || WORKER_CHUNK.test(p))).toEqual([]);
      await openTab(page, c.seatTab);
      const seatButton = page.getByRole("button", { name: c.seatButton, exact: true });
      await seatButton.waitFor();
      expect(pane.trouble.fetched.some((p) => SEAT_VIEWS_CHUNK.test(p))).toBe(true);
      expect(pane.trouble.fetched.some((p) => SEAT_CHUNK.test(p))).toBe(true);
      await page.getByTestId("rostrum-preview").waitFor();
      await watchProgress(page);
      const before = pane.trouble.fetched.length;
      await seatButton.click();
      await page.getByText(c.seatWritten).waitFor();

      const fetched = pane.trouble.fetched.slice(before);
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
      for (const line of c.plan) expect(await result.getByText(line).count()).toBe(1);
      // Each sheet written is a link that opens it.
      for (const sheet of c.seatSheets) expect(await result.getByRole("button", { name: c.open(sheet), exact: true }).count()).toBe(1);
      const runs = (await pane.snapshot()).runs;
      await result.getByRole("button", { name: c.open(c.seatSheets[0]), exact: true }).click();
      await waitForRuns(page, runs + 1);
      expect((await pane.snapshot()).selection).toEqual({ sheet: c.seatSheets[0], cell: "A1" });
      await page.screenshot({ path: join(SCREENSHOTS, `pane-${c.lang}-after-seat.png`), fullPage: true });
      expectNoTrouble(pane);
    },
    60_000,
  );

  test.each(CASES)(
    "$lang: Rooms loads on demand and writes the room allocation sheet",
    async (c) => {
      const pane = await openRead(open, c);
      const { page } = pane;
      await openTab(page, c.roomsTab);
      const roomsButton = page.getByRole("button", { name: c.roomsButton });
      await roomsButton.waitFor();
      expect(pane.trouble.fetched.some((p) => ROOMS_CHUNK.test(p))).toBe(false);
      await roomsButton.click();
      await page.getByText(c.roomsWritten, { exact: true }).waitFor();
      expect(pane.trouble.fetched.some((p) => ROOMS_CHUNK.test(p))).toBe(true);
      expect(
        await page
          .getByTestId("rooms-result")
          .getByRole("button", { name: c.open(c.roomSheet), exact: true })
          .count(),
      ).toBe(1);
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
    const pane = await openRead(open, c, "&tableIterations=50000000");
    const { page } = pane;
    await openTab(page, c.seatTab);
    await page.getByRole("button", { name: c.seatButton, exact: true }).waitFor();
    const sheetsBefore = (await pane.snapshot()).sheetNames;
    const workerClosed = new Promise<void>((resolve) => page.on("worker", (w) => w.on("close", () => resolve())));
    await page.getByRole("button", { name: c.seatButton, exact: true }).click();
    // Searching: the bar shows a share done, and the pane still answers.
    await page.locator('[role="progressbar"][aria-valuenow]').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "pane-zh-seating.png") });
    await page.getByRole("button", { name: c.cancelButton }).click();
    await page.getByText(c.cancelled).waitFor();
    await workerClosed;
    const snap = await pane.snapshot();
    expect(snap.sheetNames).toEqual(sheetsBefore);
    expect(snap).toMatchObject({ failedSyncs: 0, errors: [] });
    expect(await page.getByRole("button", { name: c.seatButton, exact: true }).isEnabled()).toBe(true);
    expectNoTrouble(pane);
  }, 60_000);
});
