import { join } from "node:path";
import { chromiumInstalled, chromiumRequired, CHROMIUM } from "./harness/chromium";
import { expectNoTrouble } from "./harness/expectNoTrouble";
import { paneBrowser, SCREENSHOTS } from "./harness/paneBrowser";
import { openTab, waitForRuns } from "./harness/paneSteps";

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

/** What a planner sees with each sample workbook (samples/sampleFiles.ts). */
const CASES = [
  {
    lang: "zh",
    query: "lang=zh-CN",
    title: "会务助手 · 2026年度工作会议",
    countsHeading: "人员与任务",
    checkTab: "检查",
    checkButton: "检查",
    recheckButton: "重新检查",
    outputSheets: ["检查结果", "预算审核"],
    readNote: "以下为本次读取的检查结果；按“检查”可写入“检查结果”工作表。",
    checkedNote: "检查结果已写入“检查结果”工作表，每一项都链接到对应单元格。",
    sheets: ["会议信息", "参会人员", "预算", "任务", "酒店"].map((s) => `工作表“${s}”（按工作表名称识别`),
    rosterRows: "工作表“参会人员”（按工作表名称识别，表头在第 1 行） · 150 行",
    attendees: /^共 147 人，已确认 \d+ 人，待确认 \d+ 人$/,
    problemsHeading: /^问题（\d+）$/,
    problemLink: "转到 '参会人员'!Z58",
    problemText: /^'参会人员'!Z58.*#N\/A/,
    errorTitle: "无法读取工作簿",
    problemSheet: "参会人员",
    sampleSheets: ["会议信息", "参会人员", "预算", "任务", "酒店"],
  },
  {
    lang: "en",
    query: "lang=en-US",
    title: "Huiwu – Meeting planner · 2026 Annual Conference",
    countsHeading: "People and tasks",
    checkTab: "Check",
    checkButton: "Check",
    recheckButton: "Check again",
    outputSheets: ["Issues", "Budget Review"],
    readNote: "These are the findings of this read; press Check to write them to the Issues sheet.",
    checkedNote: "The findings are also on the Issues sheet, each linked to its cell.",
    sheets: ["Event", "Roster", "Budget", "Tasks", "Hotels"].map((s) => `Sheet “${s}” (found by its name`),
    rosterRows: "Sheet “Roster” (found by its name, header on row 1) · 80 rows",
    attendees: /^78 in all, \d+ confirmed, \d+ pending$/,
    problemsHeading: /^Problems \(\d+\)$/,
    problemLink: "Go to Roster!Z58",
    problemText: /^Roster!Z58.*#N\/A/,
    errorTitle: "The workbook could not be read",
    problemSheet: "Roster",
    sampleSheets: ["Event", "Roster", "Budget", "Tasks", "Hotels"],
  },
];

/** Webpack's chunk of the rules engine (read and check), split from the pane's first bundle. */
const CHECK_CHUNK = /^\/check\.[0-9a-f]{8}\.js$/;

if (!chromiumInstalled() && chromiumRequired()) {
  test(`Chromium is installed at ${CHROMIUM} (HUIWU_REQUIRE_CHROMIUM is set)`, () => {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`);
  });
}

(chromiumInstalled() ? describe : describe.skip)("the built task pane in headless Chromium", () => {
  const { open } = paneBrowser();

  test.each(CASES)(
    "$lang: the pane reads the sample workbook in one sync when it opens, writes nothing, and jumps to its parse problem",
    async (c) => {
      const pane = await open(c.query);
      const { page } = pane;
      // Opening the pane reads the workbook by itself: the overview, with the meeting in the header.
      await page.getByRole("heading", { name: c.countsHeading }).waitFor();
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(c.title);
      expect(await page.getByRole("tab", { selected: true }).innerText()).toBe(c.lang === "zh" ? "概览" : "Overview");
      // One read, nothing written: the sheets are the sample's, the selection untouched.
      expect(await pane.snapshot()).toMatchObject({
        onReadyCalls: 1,
        runs: 1,
        syncs: 1,
        failedSyncs: 0,
        activeSheet: c.sampleSheets[0],
        sheetNames: c.sampleSheets,
        selection: null,
      });

      await openTab(page, c.checkTab);
      await page.getByText(c.readNote).waitFor(); // the findings of that read, not yet written
      for (const sheet of c.sheets) expect(await page.getByText(sheet).count()).toBe(1);
      expect(await page.getByTestId("input-roster").innerText()).toContain(c.rosterRows);
      expect(await page.getByTestId("attendee-count").innerText()).toMatch(c.attendees);
      expect(await page.getByRole("heading", { name: c.problemsHeading }).count()).toBe(1);
      const problem = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: c.problemLink }) });
      expect(await problem.innerText()).toMatch(c.problemText);
      expect(await page.getByText(c.errorTitle).count()).toBe(0);
      expect(await pane.snapshot()).toMatchObject({ runs: 1, syncs: 1, failedSyncs: 0, sheetNames: c.sampleSheets });
      await page.screenshot({ path: join(SCREENSHOTS, `pane-${c.lang}-after-read.png`), fullPage: true });

      await page.getByRole("button", { name: c.problemLink }).click();
      await waitForRuns(page, 2);
      expect(await pane.snapshot()).toMatchObject({
        syncs: 2,
        failedSyncs: 0,
        activeSheet: c.problemSheet,
        selection: { sheet: c.problemSheet, cell: "Z58" },
      });
      expect(await page.getByText(c.errorTitle).count()).toBe(0);
      expectNoTrouble(pane);
    },
    60_000,
  );

  test.each(CASES)(
    "$lang: the rules load in their own chunk; Check lists the findings and writes the Issues and Budget Review sheets in one read and one write",
    async (c) => {
      const pane = await open(c.query);
      const { page } = pane;
      await page.getByRole("heading", { name: c.countsHeading }).waitFor();
      // The rules engine is a separate chunk, fetched after the pane's own bundle for the first read.
      const bundle = pane.trouble.fetched.findIndex((p) => /^\/taskpane\.[0-9a-f]{8}\.js$/.test(p));
      const rules = pane.trouble.fetched.findIndex((p) => CHECK_CHUNK.test(p));
      expect(bundle).toBeGreaterThanOrEqual(0);
      expect(rules).toBeGreaterThan(bundle);

      await openTab(page, c.checkTab);
      const checkButton = page.getByRole("button", { name: c.checkButton, exact: true });
      const before = pane.trouble.fetched.length;
      await checkButton.click();
      await page.getByText(c.checkedNote).waitFor();
      expect(await page.getByRole("button", { name: c.recheckButton, exact: true }).count()).toBe(1);
      expect(pane.trouble.fetched.slice(before).filter((p) => CHECK_CHUNK.test(p))).toEqual([]); // already loaded
      const snap = await pane.snapshot();
      // The read on opening, then Check's own read and its write.
      expect(snap).toMatchObject({ runs: 3, syncs: 3, failedSyncs: 0 });
      expect(snap.sheetNames).toEqual([...c.sampleSheets, ...c.outputSheets]);
      expect(await page.getByText(c.readNote).count()).toBe(0);
      expect(await page.getByRole("listitem").count()).toBeGreaterThan(10);
      await page.screenshot({ path: join(SCREENSHOTS, `pane-${c.lang}-after-check.png`), fullPage: true });
      expectNoTrouble(pane);
    },
    60_000,
  );

  test("in an Internet Explorer 11 webview the pane explains which Office works and the bundle does not start", async () => {
    const pane = await open("lang=zh-CN", { userAgent: IE11, locale: "zh-CN" });
    const { page } = pane;
    const root = await page.locator("#root").innerText();
    expect(root).toContain("会务助手无法在此版本的 Office 中运行");
    expect(root).toContain("Huiwu cannot run in this version of Office");
    // The bundle was fetched and ran (the load event waits for it) but left the page alone.
    expect(pane.trouble.fetched.some((p) => /^\/taskpane\.[0-9a-f]{8}\.js$/.test(p))).toBe(true);
    expect(await page.getByRole("button").count()).toBe(0);
    expect(await pane.snapshot()).toMatchObject({ onReadyCalls: 0, runs: 0 });
    expectNoTrouble(pane);
  }, 60_000);
});
