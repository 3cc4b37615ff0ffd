import type { Page } from "playwright-core";
import { expectAccessible } from "./harness/accessibility";
import { chromiumInstalled } from "./harness/chromium";
import { PANE_VIEWPORT, saveDocScreenshot } from "./harness/docScreenshots";
import { expectNoTrouble } from "./harness/expectNoTrouble";
import type { OpenPane } from "./harness/openPane";
import { paneBrowser } from "./harness/paneBrowser";
import { openTab, sheetsChanged, valueBeside, waitForRuns, workbookCells } from "./harness/paneSteps";

/** What a planner reads and presses, in each language, on the sample workbook of that language (samples/sampleFiles.ts). */
const ZH = {
  lang: "zh",
  title: "会务助手 · 2026年度工作会议",
  tabs: ["概览", "检查", "座次", "住宿", "文档", "设置"],
  sheets: ["会议信息", "参会人员", "预算", "任务", "酒店"],
  countsHeading: "人员与任务",
  confirmed: /^已确认 (\d+) 人$/,
  when: /^(距开会还有 \d+ 天|今天开会|会议进行中|会议已于 \d+ 天前开始)$/,
  budgetTotal: /^已用 [\d,]+ CNY，预算 [\d,]+ CNY（\d+%）$/,
  budgetLine: /^.+：已用 [\d,]+ CNY，预算 [\d,]+ CNY$/,
  check: "检查",
  recheck: "重新检查",
  checkedNote: "检查结果已写入“检查结果”工作表，每一项都链接到对应单元格。",
  checkSheets: ["检查结果", "预算审核"],
  errors: /^错误 (\d+)$/,
  errorIcon: "错误",
  shown: /^显示 (\d+) \/ (\d+) 个问题$/,
  kind: "类别",
  budgetKind: "预算",
  search: "搜索问题",
  query: "超支",
  overrun: { link: "转到 '预算'!G7", sheet: "预算", cell: "G7" },
  noMatch: "没有符合筛选条件的问题。",
  attendees: /^共 \d+ 人，已确认 (\d+) 人，待确认 \d+ 人$/,
  tolerance: "超支容差",
  save1: "保存 1 项设置",
  saved: /^已保存到“会议信息”：/,
  chairPosition: "主持人位置",
  chairRow: "主持人位置",
  leftEnd: "左端",
  chair: "主持",
  seat: "排座次",
  seatSheets: ["主席台座次", "桌签", "桌次安排", "桌次图"],
  rostrum: /^主席台 \d+ 人，共 \d+ 排$/,
  guests: /^就餐 \d+ 人，使用 \d+ 桌（\d+ 个座位）$/,
  open: (sheet: string) => `打开“${sheet}”`,
  rooms: "分配住宿",
  roomSheet: "住宿分配",
  housed: /^已安排 \d+ 人入住/,
  notNotice: ["会务清单", "会议纪要", "签到表", "证件及证件卡片"],
  notice: "会议通知及参会回执",
  writeOne: "只写入所选的 1 项",
  noticeSheets: ["会议通知", "参会回执"],
  paneLanguage: "任务窗格语言",
  otherLanguage: "English",
};

const EN: typeof ZH = {
  lang: "en",
  title: "Huiwu – Meeting planner · 2026 Annual Conference",
  tabs: ["Overview", "Check", "Seating", "Rooms", "Docs", "Settings"],
  sheets: ["Event", "Roster", "Budget", "Tasks", "Hotels"],
  countsHeading: "People and tasks",
  confirmed: /^(\d+) confirmed$/,
  when: /^(\d+ days? to go|The meeting starts today|The meeting is under way|The meeting started (yesterday|\d+ days ago))$/,
  budgetTotal: /^[\d,]+ GBP used of [\d,]+ GBP \(\d+%\)$/,
  budgetLine: /^.+: [\d,]+ GBP used of [\d,]+ GBP$/,
  check: "Check",
  recheck: "Check again",
  checkedNote: "The findings are also on the Issues sheet, each linked to its cell.",
  checkSheets: ["Issues", "Budget Review"],
  errors: /^(\d+) errors?$/,
  errorIcon: "Error",
  shown: /^Showing (\d+) of (\d+) findings$/,
  kind: "Kind",
  budgetKind: "Budget",
  search: "Search findings",
  query: "over the budget",
  overrun: { link: "Go to Budget!G7", sheet: "Budget", cell: "G7" },
  noMatch: "No findings match these filters.",
  attendees: /^\d+ in all, (\d+) confirmed, \d+ pending$/,
  tolerance: "Budget tolerance",
  save1: "Save 1 setting",
  saved: /^Saved on Event: /,
  chairPosition: "Chair",
  chairRow: "Chair position",
  leftEnd: "Left end",
  chair: "Chair",
  seat: "Plan seating",
  seatSheets: ["Dais Seating", "Table Tents", "Table Assignment", "Table Chart"],
  rostrum: /^Rostrum: \d+ people in \d+ rows?$/,
  guests: /^\d+ guests at \d+ tables \(\d+ seats\)$/,
  open: (sheet: string) => `Open “${sheet}”`,
  rooms: "Assign rooms",
  roomSheet: "Room Allocation",
  housed: /^\d+ people housed/,
  notNotice: ["Checklist", "Minutes", "Sign-in sheet", "Badges and badge cards"],
  notice: "Notice and reply form",
  writeOne: "Write only the one chosen",
  noticeSheets: ["Notice", "Reply Form"],
  paneLanguage: "Pane language",
  otherLanguage: "中文",
};

type Texts = typeof ZH;
type Combo = { t: Texts; other: Texts; theme: "light" | "dark" };

const DAYS: Combo[] = [
  { t: ZH, other: EN, theme: "light" },
  { t: EN, other: ZH, theme: "dark" },
];
/** The other two pairs of language and theme, for the README's pictures only. */
const PICTURES: Combo[] = [
  { t: ZH, other: EN, theme: "dark" },
  { t: EN, other: ZH, theme: "light" },
];

const query = (c: Combo) => `lang=${c.t.lang === "zh" ? "zh-CN" : "en-US"}${c.theme === "dark" ? "&theme=dark" : ""}`;
const shot = (page: Page, c: Combo, screen: string) => saveDocScreenshot(page, `pane-${c.t.lang}-${c.theme}-${screen}`);

/** The number a text on screen carries ("错误 6" → 6). */
async function numberIn(page: Page, pattern: RegExp, group = 1): Promise<number> {
  const text = (await page.getByText(pattern).first().textContent()) ?? "";
  return Number(pattern.exec(text)?.[group]);
}

/** The findings the Check screen shows now, of how many. */
async function shownCount(page: Page, t: Texts): Promise<number> {
  return numberIn(page, t.shown);
}

/** Picks an option of a Fluent Dropdown (role=combobox) by the names a planner reads. */
async function choose(page: Page, combobox: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: combobox }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** The rostrum preview's front row (drawn nearest the audience, last), each seat as a screen reader names it. */
function frontRow(page: Page): Promise<string[]> {
  return page
    .getByTestId("rostrum-preview")
    .locator("ol")
    .last()
    .locator("li")
    .evaluateAll((seats) => seats.map((s) => s.getAttribute("aria-label") ?? ""));
}

async function openOnSample(open: (q: string, o: object) => Promise<OpenPane>, c: Combo): Promise<OpenPane> {
  const pane = await open(query(c), { viewport: PANE_VIEWPORT });
  await pane.page.getByRole("heading", { name: c.t.countsHeading }).waitFor();
  return pane;
}

(chromiumInstalled() ? describe : describe.skip)("a whole planner's day in the built task pane", () => {
  const { open } = paneBrowser();

  test.each(DAYS)(
    "$t.lang ($theme): overview, check, settings, seating, rooms, documents and the pane's language, each screen accessible",
    async (c) => {
      const { t } = c;
      const pane = await openOnSample(open, c);
      const { page } = pane;

      // Overview: read on opening, nothing written; the meeting in the header, the counts, the budget.
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(t.title);
      expect(await page.getByRole("tab").allInnerTexts()).toEqual(t.tabs);
      expect(await page.getByRole("tab", { selected: true }).innerText()).toBe(t.tabs[0]);
      expect(await pane.snapshot()).toMatchObject({ runs: 1, syncs: 1, failedSyncs: 0, sheetNames: t.sheets, selection: null });
      const confirmed = await numberIn(page, t.confirmed);
      expect(confirmed).toBeGreaterThan(0);
      expect(await page.getByText(t.when).count()).toBe(1);
      expect(await page.getByRole("img", { name: t.budgetTotal }).count()).toBe(1);
      expect(await page.getByRole("img", { name: t.budgetLine }).count()).toBeGreaterThan(5);
      await expectAccessible(page, "overview");
      await shot(page, c, "overview");

      // Check: writes the Issues and Budget Review sheets; then errors only, budget only, a search, and a jump to the cell.
      await openTab(page, t.tabs[1]);
      await page.getByRole("button", { name: t.check, exact: true }).click();
      await page.getByRole("button", { name: t.recheck, exact: true }).waitFor();
      expect(await page.getByText(t.checkedNote).count()).toBe(1);
      let snap = await pane.snapshot();
      expect(snap).toMatchObject({ runs: 3, syncs: 3, failedSyncs: 0, sheetNames: [...t.sheets, ...t.checkSheets] });
      expect(await numberIn(page, t.attendees)).toBe(confirmed);
      await expectAccessible(page, "check");
      await shot(page, c, "check");

      const errors = await numberIn(page, t.errors);
      const all = await numberIn(page, t.shown, 2);
      expect(errors).toBeGreaterThan(1);
      const errorsButton = page.getByRole("button", { name: t.errors });
      await errorsButton.click();
      expect(await errorsButton.getAttribute("aria-pressed")).toBe("true");
      expect(await shownCount(page, t)).toBe(errors);
      expect(await page.getByRole("listitem").getByRole("img", { name: t.errorIcon, exact: true }).count()).toBe(errors);
      await choose(page, t.kind, t.budgetKind);
      const budgetErrors = await shownCount(page, t);
      expect(budgetErrors).toBeGreaterThanOrEqual(1);
      await page.getByRole("searchbox", { name: t.search }).fill(t.query);
      expect(await shownCount(page, t)).toBe(1);
      expect(await numberIn(page, t.shown, 2)).toBe(all);
      await expectAccessible(page, "check, filtered");
      await page.getByRole("button", { name: t.overrun.link }).click();
      await waitForRuns(page, 4);
      expect(await pane.snapshot()).toMatchObject({
        activeSheet: t.overrun.sheet,
        selection: { sheet: t.overrun.sheet, cell: t.overrun.cell },
        failedSyncs: 0,
      });

      // Settings: a wider budget tolerance, saved on the Event sheet for every co-author.
      await openTab(page, t.tabs[5]);
      await page.getByRole("textbox", { name: t.tolerance }).fill("30");
      await page.getByRole("button", { name: t.save1 }).click();
      await page.getByText(t.saved).waitFor();
      const event = (await workbookCells(page))[t.sheets[0]];
      expect(String(valueBeside(event, t.tolerance))).toMatch(/^(30%|0\.3)$/);
      await expectAccessible(page, "settings");
      await shot(page, c, "settings");

      // Back on Check, read again with the new tolerance: the overrun is a warning now, one error fewer.
      await openTab(page, t.tabs[1]);
      await page
        .getByRole("button", { name: t.errors })
        .filter({ hasText: String(errors - 1) })
        .waitFor();
      await page.getByRole("button", { name: t.errors }).click();
      expect(await shownCount(page, t)).toBe(errors - 1);
      await choose(page, t.kind, t.budgetKind);
      expect(await shownCount(page, t)).toBe(budgetErrors - 1);
      if (budgetErrors === 1) expect(await page.getByText(t.noMatch).count()).toBe(1);
      expect(await numberIn(page, t.shown, 2)).toBe(all); // the same findings, one of them milder

      // Seating: the chair to the left end of the front row, drawn at once; then the four seating sheets.
      await openTab(page, t.tabs[2]);
      await page.getByTestId("rostrum-preview").waitFor();
      const byRank = await frontRow(page);
      expect(byRank[0].startsWith(t.chair)).toBe(false);
      expect(byRank.filter((s) => s.startsWith(t.chair))).toHaveLength(1);
      await choose(page, t.chairPosition, t.leftEnd);
      const leftEnd = await frontRow(page);
      expect(leftEnd[0].startsWith(t.chair)).toBe(true);
      expect(leftEnd).toHaveLength(byRank.length);
      expect(leftEnd).not.toEqual(byRank);
      await expectAccessible(page, "seating");
      await page.getByRole("button", { name: t.seat, exact: true }).click();
      const seatResult = page.getByTestId("seat-result");
      await seatResult.waitFor();
      expect(await seatResult.getByText(t.rostrum).count()).toBe(1);
      expect(await seatResult.getByText(t.guests).count()).toBe(1);
      for (const sheet of t.seatSheets) expect(await seatResult.getByRole("button", { name: t.open(sheet), exact: true }).count()).toBe(1);
      snap = await pane.snapshot();
      expect(snap.sheetNames).toEqual(expect.arrayContaining(t.seatSheets));
      expect(snap).toMatchObject({ failedSyncs: 0, errors: [] });
      expect(valueBeside((await workbookCells(page))[t.sheets[0]], t.chairRow)).toBe(t.leftEnd);
      expect(await frontRow(page)).toEqual(leftEnd);
      await expectAccessible(page, "seating, planned");
      await shot(page, c, "seating");

      // Rooms.
      await openTab(page, t.tabs[3]);
      await page.getByRole("button", { name: t.rooms }).click();
      const roomsResult = page.getByTestId("rooms-result");
      await roomsResult.waitFor();
      expect(await roomsResult.getByText(t.housed).count()).toBe(1);
      expect(await roomsResult.getByRole("button", { name: t.open(t.roomSheet), exact: true }).count()).toBe(1);
      expect((await pane.snapshot()).sheetNames).toContain(t.roomSheet);
      await expectAccessible(page, "rooms");
      await shot(page, c, "rooms");

      // Documents: the notice alone (with its reply form); no other sheet changes.
      await openTab(page, t.tabs[4]);
      for (const kind of t.notNotice) await page.getByRole("checkbox", { name: kind, exact: true }).uncheck();
      expect(await page.getByRole("checkbox", { name: t.notice, exact: true }).isChecked()).toBe(true);
      const beforeDocs = await workbookCells(page);
      await page.getByRole("button", { name: t.writeOne }).click();
      const docsResult = page.getByTestId("documents-result");
      await docsResult.waitFor();
      for (const sheet of t.noticeSheets)
        expect(await docsResult.getByRole("button", { name: t.open(sheet), exact: true }).count()).toBe(1);
      expect(sheetsChanged(beforeDocs, await workbookCells(page))).toEqual(t.noticeSheets);
      expect((await pane.snapshot()).sheetNames.slice(-2)).toEqual(t.noticeSheets);
      await expectAccessible(page, "documents");
      await shot(page, c, "documents");

      // Settings: the pane in the other language, for this planner only; the tabs are renamed.
      await openTab(page, t.tabs[5]);
      await choose(page, t.paneLanguage, t.otherLanguage);
      await page.getByRole("tab", { name: c.other.tabs[5], exact: true }).waitFor();
      expect(await page.getByRole("tab").allInnerTexts()).toEqual(c.other.tabs);
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toMatch(new RegExp(`^${c.other.title.split(" · ")[0]} · `));
      await expectAccessible(page, "settings, other language");
      expect(await pane.snapshot()).toMatchObject({ failedSyncs: 0, errors: [] });
      expectNoTrouble(pane);
    },
    120_000,
  );

  test.each(PICTURES)(
    "$t.lang ($theme): each screen after its main action, for the README",
    async (c) => {
      const { t } = c;
      const pane = await openOnSample(open, c);
      const { page } = pane;
      await shot(page, c, "overview");
      await openTab(page, t.tabs[1]);
      await page.getByRole("button", { name: t.check, exact: true }).click();
      await page.getByRole("button", { name: t.recheck, exact: true }).waitFor();
      await shot(page, c, "check");
      await openTab(page, t.tabs[5]);
      await page.getByRole("textbox", { name: t.tolerance }).fill("30");
      await page.getByRole("button", { name: t.save1 }).click();
      await page.getByText(t.saved).waitFor();
      await shot(page, c, "settings");
      await openTab(page, t.tabs[2]);
      await choose(page, t.chairPosition, t.leftEnd);
      await page.getByRole("button", { name: t.seat, exact: true }).click();
      await page.getByTestId("seat-result").waitFor();
      await shot(page, c, "seating");
      await openTab(page, t.tabs[3]);
      await page.getByRole("button", { name: t.rooms }).click();
      await page.getByTestId("rooms-result").waitFor();
      await shot(page, c, "rooms");
      await openTab(page, t.tabs[4]);
      for (const kind of t.notNotice) await page.getByRole("checkbox", { name: kind, exact: true }).uncheck();
      await page.getByRole("button", { name: t.writeOne }).click();
      await page.getByTestId("documents-result").waitFor();
      await shot(page, c, "documents");
      expectNoTrouble(pane);
    },
    60_000,
  );
});
