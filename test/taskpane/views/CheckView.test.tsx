/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { Review } from "../../../src/taskpane/paneCommands";
import { FIRST_PAGE } from "../../../src/taskpane/views/CheckView";
import { CHECKED, CLEAN, REVIEW, ROSTER, SUMMARY, finding } from "../paneFixtures";
import { button, deferred, openTab, renderPane } from "../renderPane";

/** Opens the pane and its Check tab over this review. */
async function checkTab(review: Review = REVIEW, lang: "zh" | "en" = "en", over: Parameters<typeof renderPane>[0] = {}) {
  const pane = renderPane({ lang, ...over, commands: { review: async () => review, ...over.commands } });
  await screen.findByRole("heading", { name: lang === "zh" ? "下一步" : "Next steps" });
  await openTab(lang === "zh" ? "检查" : "Check");
  await screen.findByRole("heading", { name: lang === "zh" ? "输入工作表" : "Input sheets" });
  return pane;
}

/** The groups on screen, as “title (count)”. */
const groups = () => screen.queryAllByRole("heading", { level: 3 }).map((h) => h.textContent);
const shown = () => screen.getByText(/^Showing \d+ of \d+ findings$/).textContent;

async function choose(dropdown: string, option: string) {
  fireEvent.click(screen.getByRole("combobox", { name: dropdown }));
  await act(async () => {
    fireEvent.click(await screen.findByRole("option", { name: option }));
  });
}

describe("Check: what was read", () => {
  test("the sheets found or missing, how each was read, and the attendee count", async () => {
    await checkTab();
    const event = screen.getByTestId("input-event");
    expect(event.textContent).toContain("Event");
    expect(event.textContent).toContain("Sheet “Event” (found by its name)");
    expect(event.textContent).toContain("12 rows");
    const roster = screen.getByTestId("input-roster");
    expect(roster.textContent).toContain("Sheet “Roster 2026” (recognised by its headers, header on row 2)");
    expect(roster.textContent).toContain('1 column by its usual name, Organisation ← "2、您的工作单位："');
    expect(roster.textContent).toContain("Kept as they are, not used: 提交答卷时间 (row numbers or the form's own record)");
    expect(roster.textContent).toContain("Not in this sheet: Phone");
    expect(within(screen.getByTestId("input-budget")).getByText("Not found")).toBeTruthy();
    expect(screen.getByTestId("attendee-count").textContent).toBe("6 in all, 3 confirmed, 2 pending");
  });

  test("a roster without a Status column gives the count alone", async () => {
    await checkTab({ ...REVIEW, summary: { ...SUMMARY, attendees: { total: 6, confirmed: 0, pending: 0, withStatus: false } } });
    expect(screen.getByTestId("attendee-count").textContent).toBe("6 in all");
  });

  test("in Chinese", async () => {
    await checkTab(REVIEW, "zh");
    const roster = screen.getByTestId("input-roster").textContent;
    expect(roster).toContain("工作表“Roster 2026”（按列标题识别，表头在第 2 行）");
    expect(roster).toContain("1 列按标准列名读取，单位 ← “2、您的工作单位：”");
    expect(roster).toContain("没有的列：电话");
    expect(within(screen.getByTestId("input-budget")).getByText("未找到")).toBeTruthy();
    expect(screen.getByTestId("attendee-count").textContent).toBe("共 6 人，已确认 3 人，待确认 2 人");
    expect(screen.getByRole("heading", { name: "问题（8）" })).toBeTruthy();
    expect(screen.getByText("无法识别日期“明天”")).toBeTruthy();
    expect(screen.getAllByRole("img", { name: "错误" })).toHaveLength(4);
    expect(screen.getByRole("button", { name: "转到 'Roster 2026'!H3" })).toBeTruthy();
    expect(screen.queryByText("Cannot read the date “tomorrow”")).toBeNull();
  });
});

describe("Check: the findings", () => {
  test("grouped under their rule's title with counts; what reading reports (parse.*) under “Reading and settings”", async () => {
    await checkTab();
    expect(screen.getByRole("heading", { name: "Problems (8)" })).toBeTruthy();
    expect(groups()).toEqual([
      "Reading and settings (3)",
      "VIP or rostrum member unconfirmed (2)",
      "Costs above the approved total (1)",
      "Invalid phone number (1)",
      "Task overdue (1)",
    ]);
    const other = within(screen.getByRole("region", { name: "Reading and settings (3)" }));
    expect(other.getByText("Cannot read the date “tomorrow”")).toBeTruthy();
    expect(other.getByText("Status “maybe” is not a known value")).toBeTruthy();
    expect(other.getByRole("img", { name: "Note" })).toBeTruthy();
    const vip = within(screen.getByRole("region", { name: "VIP or rostrum member unconfirmed (2)" }));
    expect(vip.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Error'Roster 2026'!D5VIP Zhang Wei (Finance Bureau) has not confirmed.",
      "Error'Roster 2026'!D9VIP Li Na (Planning Office) has not confirmed.",
    ]);
    expect(shown()).toBe("Showing 8 of 8 findings");
  });

  test("a finding's link is a keyboard-reachable button that goes to its sheet and cell, passed as they are", async () => {
    const { commands } = await checkTab();
    const link = screen.getByRole("button", { name: "Go to Tasks!E4" });
    expect(link.tagName).toBe("BUTTON");
    link.focus();
    expect(document.activeElement).toBe(link);
    fireEvent.click(link);
    expect(commands.goToCell).toHaveBeenCalledWith("Tasks", "E4");
    // The sheet name is shown quoted, but passed as it is.
    fireEvent.click(screen.getByRole("button", { name: "Go to 'Roster 2026'!B2:C2" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith(ROSTER, "B2:C2");
  });

  test("a clean workbook says there is nothing to fix", async () => {
    await checkTab(CLEAN);
    expect(screen.getByRole("heading", { name: "Problems (0)" })).toBeTruthy();
    expect(screen.getByText("No problems found.")).toBeTruthy();
    expect(screen.queryByRole("combobox")).toBeNull();
  });

  test(`a long list renders the first ${FIRST_PAGE} and the rest on request`, async () => {
    const findings = Array.from({ length: FIRST_PAGE + 5 }, (_, i) =>
      finding("parse.date", "error", "Roster", `A${i + 2}`, { zh: "无法识别日期“明天”", en: "Cannot read the date “tomorrow”" }),
    );
    await checkTab({ ...REVIEW, summary: { ...SUMMARY, findings } });
    expect(screen.getByRole("heading", { name: `Problems (${FIRST_PAGE + 5})` })).toBeTruthy();
    // Text queries: role queries over hundreds of nodes are slow in jsdom.
    expect(screen.getAllByText(/^Roster!A\d+$/)).toHaveLength(FIRST_PAGE);
    expect(screen.getByText(`Showing the first ${FIRST_PAGE} of ${FIRST_PAGE + 5}.`)).toBeTruthy();
    fireEvent.click(button("Show all"));
    expect(screen.getAllByText(/^Roster!A\d+$/)).toHaveLength(FIRST_PAGE + 5);
    expect(screen.getByRole("button", { name: `Go to Roster!A${FIRST_PAGE + 6}` })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Show all" })).toBeNull();
  });
});

describe("Check: filters", () => {
  const toggle = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;

  test("a toggle per severity found, with its count; those pressed are the ones shown", async () => {
    await checkTab();
    expect(
      within(screen.getByRole("group", { name: "Problems (8)" }))
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["4 errors", "3 warnings", "1 note"]);
    expect(toggle("4 errors").getAttribute("aria-pressed")).toBe("false");

    fireEvent.click(toggle("4 errors"));
    expect(toggle("4 errors").getAttribute("aria-pressed")).toBe("true");
    expect(shown()).toBe("Showing 4 of 8 findings");
    expect(groups()).toEqual(["VIP or rostrum member unconfirmed (2)", "Costs above the approved total (1)", "Reading and settings (1)"]);

    fireEvent.click(toggle("1 note"));
    expect(shown()).toBe("Showing 5 of 8 findings");
    fireEvent.click(toggle("4 errors"));
    expect(shown()).toBe("Showing 1 of 8 findings");
    expect(groups()).toEqual(["Reading and settings (1)"]);
    expect(screen.getByText("roster.foo in “Rules switched off” is not a known rule.")).toBeTruthy();
    fireEvent.click(toggle("1 note"));
    expect(shown()).toBe("Showing 8 of 8 findings");
  });

  test("a severity not found has no toggle", async () => {
    await checkTab({ ...REVIEW, summary: { ...SUMMARY, findings: SUMMARY.findings.filter((f) => f.severity !== "info") } });
    expect(screen.queryByRole("button", { name: /note$/ })).toBeNull();
    expect(toggle("3 warnings")).toBeTruthy();
  });

  test("the Kind dropdown lists the kinds found and shows one", async () => {
    await checkTab();
    fireEvent.click(screen.getByRole("combobox", { name: "Kind" }));
    expect((await screen.findAllByRole("option")).map((o) => o.textContent)).toEqual([
      "All kinds",
      "Roster",
      "Budget",
      "Reading and settings",
      "Tasks",
    ]);
    await act(async () => {
      fireEvent.click(screen.getByRole("option", { name: "Budget" }));
    });
    expect(screen.getByRole("combobox", { name: "Kind" }).textContent).toContain("Budget");
    expect(shown()).toBe("Showing 1 of 8 findings");
    expect(groups()).toEqual(["Costs above the approved total (1)"]);

    await choose("Kind", "Reading and settings");
    expect(groups()).toEqual(["Reading and settings (3)"]);
    await choose("Kind", "All kinds");
    expect(shown()).toBe("Showing 8 of 8 findings");
  });

  test("the Sheet dropdown lists the sheets with findings and shows one", async () => {
    await checkTab();
    fireEvent.click(screen.getByRole("combobox", { name: "Sheet" }));
    expect((await screen.findAllByRole("option")).map((o) => o.textContent)).toEqual(["All sheets", ROSTER, "Budget", "Tasks", "Event"]);
    await act(async () => {
      fireEvent.click(screen.getByRole("option", { name: "Tasks" }));
    });
    expect(groups()).toEqual(["Task overdue (1)"]);

    // Filters add up: the roster's errors.
    await choose("Sheet", ROSTER);
    fireEvent.click(toggle("4 errors"));
    expect(shown()).toBe("Showing 3 of 8 findings");
    expect(groups()).toEqual(["VIP or rostrum member unconfirmed (2)", "Reading and settings (1)"]);
  });

  test("the search box finds by message text and by cell", async () => {
    await checkTab();
    const search = screen.getByRole("searchbox", { name: "Search findings" });
    fireEvent.change(search, { target: { value: "li na" } });
    expect(shown()).toBe("Showing 1 of 8 findings");
    expect(screen.getByText("VIP Li Na (Planning Office) has not confirmed.")).toBeTruthy();

    fireEvent.change(search, { target: { value: "E4" } });
    expect(groups()).toEqual(["Task overdue (1)"]);
    fireEvent.change(search, { target: { value: "'Roster 2026'!F7" } });
    expect(groups()).toEqual(["Invalid phone number (1)"]);

    fireEvent.change(search, { target: { value: "no such thing" } });
    expect(screen.getByText("No findings match these filters.")).toBeTruthy();
    expect(shown()).toBe("Showing 0 of 8 findings");
    expect(groups()).toEqual([]);
  });

  test("in Chinese, the search looks in the Chinese messages", async () => {
    await checkTab(REVIEW, "zh");
    fireEvent.change(screen.getByRole("searchbox", { name: "搜索问题" }), { target: { value: "逾期" } });
    expect(screen.getByText("显示 1 / 8 个问题")).toBeTruthy();
    expect(groups()).toEqual(["任务逾期未完成 (1)"]);
    expect(screen.getByRole("button", { name: "错误 4" })).toBeTruthy();
  });
});

describe("Check: the Check button", () => {
  test("the pane's read writes nothing and says so; Check writes the findings and then says where they are", async () => {
    const check = deferred<Review>();
    const { commands } = await checkTab(REVIEW, "en", { commands: { check: () => check.promise } });
    expect(commands.check).not.toHaveBeenCalled();
    expect(screen.getByText("These are the findings of this read; press Check to write them to the Issues sheet.")).toBeTruthy();

    fireEvent.click(button("Check"));
    expect(commands.check).toHaveBeenCalledTimes(1);
    expect(button("Check").disabled).toBe(true);
    expect(screen.getByText("Updating…")).toBeTruthy();
    // The findings stay while it checks.
    expect(screen.getByRole("heading", { name: "Problems (8)" })).toBeTruthy();

    await act(async () => check.resolve(CHECKED));
    expect(screen.getByText("The findings are also on the Issues sheet, each linked to its cell.")).toBeTruthy();
    expect(screen.queryByText(/press Check to write them/)).toBeNull();
    expect(button("Check again").disabled).toBe(false);
    expect(commands.review).toHaveBeenCalledTimes(1);
  });

  test("in Chinese", async () => {
    const { commands } = await checkTab(REVIEW, "zh");
    expect(screen.getByText("以下为本次读取的检查结果；按“检查”可写入“检查结果”工作表。")).toBeTruthy();
    fireEvent.click(button("检查"));
    expect(await screen.findByText("检查结果已写入“检查结果”工作表，每一项都链接到对应单元格。")).toBeTruthy();
    expect(commands.check).toHaveBeenCalledTimes(1);
    expect(button("重新检查")).toBeTruthy();
  });

  test("the filters stay as they were across a Check", async () => {
    await checkTab();
    fireEvent.click(screen.getByRole("button", { name: "3 warnings" }));
    fireEvent.click(button("Check"));
    expect(await screen.findByText(/The findings are also on the Issues sheet/)).toBeTruthy();
    expect(shown()).toBe("Showing 3 of 8 findings");
  });
});
