/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { OverviewSummary } from "../../../src/app/overview/types";
import type { Review } from "../../../src/taskpane/paneCommands";
import { CLEAN, OVERVIEW, REVIEW, ROSTER } from "../paneFixtures";
import { renderPane, renderReadPane } from "../renderPane";

function reviewWith(overview: Partial<OverviewSummary>, over: Partial<Review> = {}): Review {
  return { ...REVIEW, overview: { ...OVERVIEW, ...overview }, ...over };
}

/** Opens the pane on a workbook whose Overview is this one. */
async function overviewOf(review: Review, lang: "zh" | "en" = "en") {
  const pane = renderPane({ lang, commands: { review: async () => review } });
  await screen.findByRole("heading", { name: lang === "zh" ? "下一步" : "Next steps" });
  return pane;
}

const section = (name: string) => screen.getByRole("region", { name });
/** The budget's bars: the images drawn with bars (the severity marks are circles and triangles). */
const bars = () => screen.queryAllByRole("img").filter((e) => e.querySelector("rect"));

describe("Overview: the meeting", () => {
  test("the dates and venue, and how many days are left", async () => {
    await renderReadPane();
    const card = section("Spring Forum");
    expect(within(card).getByText("2026-12-10 – 2026-12-11 · Riverside Conference Centre")).toBeTruthy();
    expect(within(card).getByText("4 days to go")).toBeTruthy();
  });

  test.each([
    { when: "the day before", event: { daysToGo: 1 }, text: "1 day to go" },
    { when: "its first day", event: { daysToGo: 0, underway: true }, text: "The meeting is under way" },
    { when: "its second day", event: { daysToGo: -1, underway: true }, text: "The meeting is under way" },
    { when: "the day after", event: { daysToGo: -1, underway: false }, text: "The meeting started yesterday" },
    { when: "days after", event: { daysToGo: -3, underway: false }, text: "The meeting started 3 days ago" },
    { when: "no start date", event: { daysToGo: undefined, start: undefined, end: undefined }, text: "The Event sheet has no start date" },
  ])("$when: “$text”", async ({ event, text }) => {
    await overviewOf(reviewWith({ event: { ...OVERVIEW.event, ...event } }));
    expect(screen.getByText(text)).toBeTruthy();
  });

  test("a one-day meeting shows its one date; a meeting without a venue just its dates", async () => {
    await overviewOf(reviewWith({ event: { ...OVERVIEW.event, end: "2026-12-10", venue: undefined } }));
    expect(screen.getByText("2026-12-10")).toBeTruthy();
  });

  test("in Chinese", async () => {
    await overviewOf(REVIEW, "zh");
    expect(screen.getByText("距开会还有 4 天")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "人员与任务" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "预算使用" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "VIP 未确认 2 人" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "逾期任务 1 项" })).toBeTruthy();
  });
});

describe("Overview: the counts", () => {
  test("each count is a link to the cells behind it; a zero count with nowhere to go is plain text", async () => {
    const { commands } = await renderReadPane();
    const counts = within(section("People and tasks"));
    expect(counts.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "3 confirmed",
      "2 pending",
      "2 VIPs unconfirmed",
      "0 need a hotel and have none",
      "1 task overdue",
    ]);
    fireEvent.click(counts.getByRole("button", { name: "3 confirmed" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith(ROSTER, "J3:J8");
    fireEvent.click(counts.getByRole("button", { name: "2 VIPs unconfirmed" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith(ROSTER, "D5");
    fireEvent.click(counts.getByRole("button", { name: "1 task overdue" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("Tasks", "E4");
    expect(counts.queryByRole("button", { name: /need a hotel/ })).toBeNull();
    expect(commands.goToCell).toHaveBeenCalledTimes(3);
  });

  test("a count that cannot be known is left out, not shown as 0; none at all, no section", async () => {
    await overviewOf(reviewWith({ counts: [] }));
    expect(screen.queryByRole("heading", { name: "People and tasks" })).toBeNull();
  });
});

describe("Overview: the budget", () => {
  test("one bar per line, each an image named by its figures; the total and the categories link to their cells", async () => {
    const { commands } = await renderReadPane();
    const budget = within(section("Budget used"));
    expect(bars().map((e) => e.getAttribute("aria-label"))).toEqual([
      "132,000 CNY used of 120,000 CNY (110%)",
      "Venue: 58,000 CNY used of 60,000 CNY",
      "Catering: 52,000 CNY used of 40,000 CNY",
      "Uncategorised: 22,000 CNY used of 20,000 CNY",
    ]);
    fireEvent.click(budget.getByRole("button", { name: "132,000 CNY used of 120,000 CNY (110%)" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("Budget", "D20");
    fireEvent.click(budget.getByRole("button", { name: "Catering: 52,000 CNY used of 40,000 CNY" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("Budget", "A8");
    // The lines without a category have no one cell to go to.
    expect(budget.queryByRole("button", { name: /^Uncategorised/ })).toBeNull();
    expect(budget.getByText("Uncategorised: 22,000 CNY used of 20,000 CNY")).toBeTruthy();
  });

  test("a bar fills up to the budget and turns red past it", async () => {
    await renderReadPane();
    const [total, venue, catering] = bars();
    const fill = (svg: Element) => svg.querySelectorAll("rect")[1];
    expect(Number(fill(venue).getAttribute("width"))).toBeCloseTo((58 / 60) * 100);
    expect(fill(venue).getAttribute("style")).not.toMatch(/Red/);
    expect(fill(catering).getAttribute("width")).toBe("100");
    expect(fill(catering).getAttribute("style")).toMatch(/Red/);
    expect(fill(total).getAttribute("style")).toMatch(/Red/);
  });

  test("in Chinese, with the lines without a category as 未分类", async () => {
    await overviewOf(REVIEW, "zh");
    const budget = within(section("预算使用"));
    expect(budget.getByRole("img", { name: "已用 132,000 CNY，预算 120,000 CNY（110%）" })).toBeTruthy();
    expect(budget.getByRole("img", { name: "未分类：已用 22,000 CNY，预算 20,000 CNY" })).toBeTruthy();
  });

  test("no Budget sheet, no budget section", async () => {
    await overviewOf(reviewWith({ budget: undefined }));
    expect(screen.queryByRole("heading", { name: "Budget used" })).toBeNull();
    expect(bars()).toHaveLength(0);
  });
});

describe("Overview: next steps", () => {
  test("the first findings to act on, each linked to its cell; See all switches to the Check tab", async () => {
    const { commands } = await renderReadPane();
    const next = within(section("Next steps"));
    expect(next.getAllByRole("listitem")).toHaveLength(5);
    expect(next.getByText("VIP Zhang Wei (Finance Bureau) has not confirmed.")).toBeTruthy();
    expect(next.getAllByRole("img", { name: "Error" })).toHaveLength(4);
    expect(next.getAllByRole("img", { name: "Warning" })).toHaveLength(1);
    fireEvent.click(next.getByRole("button", { name: "Go to 'Roster 2026'!D9" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith(ROSTER, "D9");

    fireEvent.click(next.getByRole("button", { name: "See all 8 findings" }));
    expect(screen.getByRole("tab", { name: "Check" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("heading", { name: "Problems (8)" })).toBeTruthy();
    expect(screen.getByRole("tabpanel", { name: "Check" })).toBeTruthy();
  });

  test("a single finding is “the finding”", async () => {
    const one = REVIEW.summary.findings.slice(0, 1);
    await overviewOf(reviewWith({ nextSteps: one }, { summary: { ...REVIEW.summary, findings: one } }));
    expect(screen.getByRole("button", { name: "See the finding" })).toBeTruthy();
  });

  test("a clean workbook has nothing to do and nothing to see", async () => {
    await overviewOf(CLEAN);
    expect(screen.getByText("Nothing needs attention right now.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^See / })).toBeNull();
  });

  test("in Chinese", async () => {
    await overviewOf(REVIEW, "zh");
    expect(screen.getByText("VIP 张伟（市财政局）尚未确认参会。")).toBeTruthy();
    expect(screen.getByRole("button", { name: "转到 'Roster 2026'!D5" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "查看全部 8 个问题" })).toBeTruthy();
  });
});
