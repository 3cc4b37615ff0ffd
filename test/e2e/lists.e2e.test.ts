import { join } from "node:path";
import { chromiumInstalled } from "./harness/chromium";
import { expectNoTrouble } from "./harness/expectNoTrouble";
import { paneBrowser, SCREENSHOTS } from "./harness/paneBrowser";
import { openTab } from "./harness/paneSteps";

/** A planner's own list pasted into the workbook (officeStandIn/listWorkbook.ts), read in a narrow pane in both themes. */
const CASES = [
  {
    lang: "zh",
    theme: "light",
    query: "lang=zh-CN&workbook=list-zh",
    checkTab: "检查",
    sheets: ["Sheet1"],
    roster: [
      "工作表“Sheet1”（按列标题识别，表头在第 1 行） · 12 行",
      "保留未用的列：序号、提交答卷时间、所用时间、来源、来自IP（序号或登记记录）",
    ],
    // What a list lacks is said briefly, not as a wall of 27 columns.
    missing: /^没有的列：(\S+、){7}\S+ 等 27 列$/m,
    mapping: ["姓名 ← “1、您的姓名：”", "单位 ← “2、您的工作单位：”", "电话 ← “4、您的手机号码：”"],
    attendees: /^共 12 人$/,
  },
  {
    lang: "en",
    theme: "dark",
    query: "lang=en-US&workbook=list-en&theme=dark",
    checkTab: "Check",
    sheets: ["Form Responses 1"],
    roster: [
      "Sheet “Form Responses 1” (recognised by its headers, header on row 1) · 10 rows",
      "Kept as they are, not used: Timestamp (row numbers or the form's own record)",
    ],
    missing: /^Not in this sheet: ([^,]+, ){7}[^,]+, and 18 more$/m,
    mapping: ['Name ← "Full Name"', 'Organisation ← "Company"', 'Phone ← "Phone Number"'],
    attendees: /^10 in all$/,
  },
];

(chromiumInstalled() ? describe : describe.skip)("the pane on a list as planners paste it", () => {
  const { open } = paneBrowser();

  test.each(CASES)(
    "$lang ($theme): the pane reads the list when it opens and says how the roster was found and which column became which field",
    async (c) => {
      const pane = await open(c.query, { viewport: { width: 340, height: 900 } });
      const { page } = pane;
      // Read on opening, nothing written; the input sheets are on the Check screen, below the findings.
      await openTab(page, c.checkTab);
      const roster = page.getByTestId("input-roster");
      await roster.waitFor();
      await page.getByTestId("attendee-count").waitFor();
      const text = await roster.innerText();
      await page.screenshot({ path: join(SCREENSHOTS, `pane-${c.lang}-${c.theme}-list-read.png`), fullPage: true });
      for (const line of [...c.roster, ...c.mapping]) expect(text).toContain(line);
      expect(text).toMatch(c.missing);
      expect(await page.getByTestId("attendee-count").innerText()).toMatch(c.attendees);
      // Two reads, nothing written: the input sheets by name, then the sheets named otherwise, for their headers.
      expect(await pane.snapshot()).toMatchObject({ runs: 2, syncs: 2, failedSyncs: 0, sheetNames: c.sheets });
      // Nothing is wider than the pane: no sideways scrolling at 340 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(340);
      expectNoTrouble(pane);
    },
    60_000,
  );
});
