import { join } from "node:path";
import type { Page } from "playwright-core";
import { chromiumInstalled } from "./harness/chromium";
import { expectNoTrouble } from "./harness/expectNoTrouble";
import { paneBrowser, SCREENSHOTS } from "./harness/paneBrowser";
import { openTab } from "./harness/paneSteps";
import type { StandInHandle } from "./officeStandIn/handle";

/** What a planner sees with each sample workbook when writing the documents (samples/sampleFiles.ts). */
const CASES = [
  {
    lang: "zh",
    query: "lang=zh-CN",
    countsHeading: "人员与任务",
    tab: "文档",
    button: "生成会务文档",
    writeChosen: "只写入所选的 5 项",
    option: "同时把会务清单加入任务表",
    documents: ["会务清单", "会议纪要", "会议通知", "参会回执", "签到表", "证件", "证件卡片"],
    notice: "会议通知",
    tasksSheet: "任务",
    written: "已写入工作表：“会务清单”、“会议纪要”、“会议通知”、“参会回执”、“签到表”、“证件”、“证件卡片”",
    writtenWithTasks: "已写入工作表：“会务清单”、“会议纪要”、“会议通知”、“参会回执”、“签到表”、“证件”、“证件卡片”、“任务”",
    noTasks: "“任务”表没有新增任务",
    tasksAdded: /^已向“任务”表新增 (\d+) 项任务$/,
    checklist: /^会务清单 (\d+) 项$/,
    placeholderText: "【待填写：着装要求】",
    gap: "待填写：着装要求",
    gapLink: "转到 '会议信息'!A14",
    eventSheet: "会议信息",
    open: (sheet: string) => `打开“${sheet}”`,
  },
  {
    lang: "en",
    query: "lang=en-US",
    countsHeading: "People and tasks",
    tab: "Docs",
    button: "Write documents",
    writeChosen: "Write only the 5 chosen",
    option: "Also add the checklist to the Tasks sheet",
    documents: ["Checklist", "Minutes", "Notice", "Reply Form", "Sign-in Sheet", "Badges", "Badge Cards"],
    notice: "Notice",
    tasksSheet: "Tasks",
    written: "Written: Checklist, Minutes, Notice, Reply Form, Sign-in Sheet, Badges, Badge Cards",
    writtenWithTasks: "Written: Checklist, Minutes, Notice, Reply Form, Sign-in Sheet, Badges, Badge Cards, Tasks",
    noTasks: "No task added to the Tasks sheet",
    tasksAdded: /^(\d+) tasks added to the Tasks sheet$/,
    checklist: /^Checklist: (\d+) steps$/,
    placeholderText: "[To be filled in: dress code]",
    gap: "To be filled in: dress code",
    gapLink: "Go to Event!A14",
    eventSheet: "Event",
    open: (sheet: string) => `Open “${sheet}”`,
  },
];

const DOCUMENTS_CHUNK = /^\/documents\.[0-9a-f]{8}\.js$/;
const VIEW_CHUNK = /^\/documents-view\.[0-9a-f]{8}\.js$/;

type FakeSheetCells = { cells: Map<number, { value: unknown }> };
type PageWithFake = { __fake: StandInHandle & { fake: { sheet(n: string): FakeSheetCells | undefined } } };

/** The non-empty values of a sheet of the simulated workbook. */
function sheetValues(page: Page, sheet: string): Promise<string[]> {
  return page.evaluate((name) => {
    const cells = (window as unknown as PageWithFake).__fake.fake.sheet(name)?.cells;
    return cells ? [...cells.values()].filter((c) => c.value !== "" && c.value !== undefined).map((c) => String(c.value)) : [];
  }, sheet);
}

(chromiumInstalled() ? describe : describe.skip)("documents in the built task pane", () => {
  const { open } = paneBrowser();

  test.each(CASES)(
    "$lang: Write documents loads on demand, writes the five documents, and with the option ticked adds the checklist to the Tasks sheet",
    async (c) => {
      const pane = await open(c.query);
      const { page } = pane;
      await page.getByRole("heading", { name: c.countsHeading }).waitFor();
      expect(pane.trouble.fetched.some((p) => VIEW_CHUNK.test(p) || DOCUMENTS_CHUNK.test(p))).toBe(false);
      await openTab(page, c.tab);
      const button = page.getByRole("button", { name: c.button });
      await button.waitFor();
      // The Docs screen loads when opened; the document writers only when a document is written.
      expect(pane.trouble.fetched.some((p) => VIEW_CHUNK.test(p))).toBe(true);
      expect(pane.trouble.fetched.some((p) => DOCUMENTS_CHUNK.test(p))).toBe(false);
      // All five are ticked: "write only the chosen" has nothing to narrow.
      expect(await page.getByRole("checkbox", { checked: true }).count()).toBe(5);
      expect(await page.getByRole("button", { name: c.writeChosen }).isDisabled()).toBe(true);
      const option = page.getByRole("checkbox", { name: c.option });
      expect(await option.isChecked()).toBe(false);
      const tasksBefore = await sheetValues(page, c.tasksSheet);
      expect(tasksBefore.length).toBeGreaterThan(0);

      // Unticked: the five documents, and the Tasks sheet left as it was (no action items in the minutes yet).
      await button.click();
      await page.getByText(c.written, { exact: true }).waitFor();
      expect(pane.trouble.fetched.some((p) => DOCUMENTS_CHUNK.test(p))).toBe(true);
      let snap = await pane.snapshot();
      expect(snap.sheetNames).toEqual(expect.arrayContaining(c.documents));
      expect(snap).toMatchObject({ failedSyncs: 0, errors: [] });
      for (const sheet of c.documents) expect((await sheetValues(page, sheet)).length).toBeGreaterThan(10);
      // The missing dress code shows as a placeholder inside its item of the notice.
      expect((await sheetValues(page, c.notice)).some((v) => String(v).includes(c.placeholderText))).toBe(true);
      expect(await sheetValues(page, c.tasksSheet)).toEqual(tasksBefore);
      const result = page.getByTestId("documents-result");
      for (const sheet of c.documents) expect(await result.getByRole("button", { name: c.open(sheet), exact: true }).count()).toBe(1);
      expect(await result.getByText(c.noTasks).count()).toBe(1);
      const steps = Number(c.checklist.exec((await result.getByText(c.checklist).textContent()) ?? "")?.[1]);
      expect(steps).toBeGreaterThan(20);

      // The notice's gap links to the Event row to fill.
      expect(await result.getByText(c.gap).count()).toBe(1);
      await result.getByRole("button", { name: c.gapLink }).click();
      await page.waitForFunction((sheet) => (window as unknown as PageWithFake).__fake.snapshot().activeSheet === sheet, c.eventSheet);
      expect((await pane.snapshot()).selection).toEqual({ sheet: c.eventSheet, cell: "A14" });

      // Ticked: the checklist's steps join the Tasks sheet.
      await option.check();
      await button.click();
      await page.getByText(c.writtenWithTasks, { exact: true }).waitFor();
      const added = Number(c.tasksAdded.exec((await result.getByText(c.tasksAdded).textContent()) ?? "")?.[1]);
      expect(added).toBe(steps);
      const tasksAfter = await sheetValues(page, c.tasksSheet);
      expect(tasksAfter.length).toBeGreaterThan(tasksBefore.length + steps);
      expect(tasksAfter).toEqual(expect.arrayContaining(tasksBefore));
      snap = await pane.snapshot();
      expect(snap).toMatchObject({ failedSyncs: 0, errors: [] });
      await page.screenshot({ path: join(SCREENSHOTS, `pane-${c.lang}-after-documents.png`), fullPage: true });
      expectNoTrouble(pane);
    },
    60_000,
  );
});
