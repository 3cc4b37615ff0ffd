/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { DocumentsSummary } from "../../../src/app/documentsSummary";
import type { PaneCommands } from "../../../src/taskpane/paneCommands";
import { DOCS_EN, DOCS_ZH } from "../paneFixtures";
import { button, deferred, openTab, renderReadPane } from "../renderPane";

const KINDS_EN = ["Checklist", "Minutes", "Notice and reply form", "Sign-in sheet", "Badges and badge cards"];
const KINDS_ZH = ["会务清单", "会议纪要", "会议通知及参会回执", "签到表", "证件及证件卡片"];

async function documentsTab(lang: "zh" | "en", documents?: PaneCommands["documents"]) {
  const pane = await renderReadPane({ lang, commands: documents ? { documents } : {} });
  await openTab(lang === "zh" ? "文档" : "Docs");
  await screen.findByRole("button", { name: lang === "zh" ? "生成会务文档" : "Write documents" });
  return pane;
}

const checkbox = (name: string) => screen.getByRole("checkbox", { name }) as HTMLInputElement;

describe("Documents: choosing what to write", () => {
  test("all five documents start ticked and the checklist stays off the Tasks sheet", async () => {
    const { commands } = await documentsTab("en");
    expect(
      within(screen.getByRole("group", { name: "Documents to write" }))
        .getAllByRole("checkbox")
        .map((c) => (c as HTMLInputElement).checked),
    ).toEqual([true, true, true, true, true]);
    for (const name of KINDS_EN) expect(checkbox(name).checked).toBe(true);
    expect(checkbox("Also add the checklist to the Tasks sheet").checked).toBe(false);
    // With all of them chosen, “only the chosen” would be the same as writing them all.
    expect(button("Write only the 5 chosen").disabled).toBe(true);
    expect(commands.documents).not.toHaveBeenCalled();
  });

  test("Write documents writes them all", async () => {
    const { commands } = await documentsTab("en");
    fireEvent.click(button("Write documents"));
    expect(await screen.findByTestId("documents-result")).toBeTruthy();
    expect(commands.documents).toHaveBeenCalledWith({ only: undefined, checklistToTasks: false });
  });

  test("unticking some leaves a button that writes only those chosen, in the usual order", async () => {
    const { commands } = await documentsTab("en");
    fireEvent.click(checkbox("Minutes"));
    fireEvent.click(checkbox("Sign-in sheet"));
    expect(checkbox("Minutes").checked).toBe(false);
    fireEvent.click(button("Write only the 3 chosen"));
    expect(await screen.findByTestId("documents-result")).toBeTruthy();
    expect(commands.documents).toHaveBeenLastCalledWith({ only: ["checklist", "notice", "badges"], checklistToTasks: false });
    // The counts are of what was written: no sign-in count, no minutes' action items.
    const r = within(screen.getByTestId("documents-result"));
    expect(r.getByText("Checklist: 47 steps")).toBeTruthy();
    expect(r.getByText("Badges: 145")).toBeTruthy();
    expect(r.queryByText(/^Sign-in sheet:/)).toBeNull();
    expect(r.queryByText(/action items/)).toBeNull();

    fireEvent.click(checkbox("Checklist"));
    fireEvent.click(checkbox("Notice and reply form"));
    expect(button("Write only the one chosen").disabled).toBe(false);
    fireEvent.click(button("Write only the one chosen"));
    await act(async () => {});
    expect(commands.documents).toHaveBeenLastCalledWith({ only: ["badges"], checklistToTasks: false });

    fireEvent.click(checkbox("Badges and badge cards"));
    expect(button("Write only the 0 chosen").disabled).toBe(true);
  });

  test("the checklist-to-tasks option needs the checklist", async () => {
    await documentsTab("en");
    const option = checkbox("Also add the checklist to the Tasks sheet");
    fireEvent.click(checkbox("Checklist"));
    expect(option.disabled).toBe(true);
    fireEvent.click(checkbox("Checklist"));
    expect(option.disabled).toBe(false);
  });

  test("in Chinese", async () => {
    await documentsTab("zh");
    expect(screen.getByRole("group", { name: "要写入的文档" })).toBeTruthy();
    for (const name of KINDS_ZH) expect(checkbox(name).checked).toBe(true);
    fireEvent.click(checkbox("签到表"));
    expect(button("只写入所选的 4 项")).toBeTruthy();
  });
});

describe("Documents: the result", () => {
  test("shows a spinner while writing, then the sheets, counts, tasks, the notice's gaps and the findings, each linked to its cell", async () => {
    const done = deferred<DocumentsSummary>();
    const documents = jest.fn((_opts: Parameters<PaneCommands["documents"]>[0]) => done.promise);
    const { commands } = await documentsTab("zh", documents);
    const option = checkbox("同时把会务清单加入任务表");
    fireEvent.click(button("生成会务文档"));
    expect(screen.getByText("正在生成会务文档…")).toBeTruthy();
    expect(button("生成会务文档").disabled).toBe(true);
    expect(option.disabled).toBe(true);
    for (const name of KINDS_ZH) expect(checkbox(name).disabled).toBe(true);
    await act(async () => done.resolve(DOCS_ZH));

    const result = screen.getByTestId("documents-result");
    expect(documents).toHaveBeenCalledWith({ only: undefined, checklistToTasks: false });
    expect(screen.queryByText("正在生成会务文档…")).toBeNull();
    const r = within(result);
    expect(result.textContent).toContain("已写入工作表：“会务清单”、“会议纪要”、“会议通知”、“签到表”、“证件”、“任务”");
    fireEvent.click(r.getByRole("button", { name: "打开“签到表”" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("签到表", "A1");
    expect(r.getByText("会务清单 47 项")).toBeTruthy();
    expect(r.getByText("签到表 130 人")).toBeTruthy();
    expect(r.getByText("证件 145 张")).toBeTruthy();
    const tasks = within(r.getByTestId("documents-tasks"));
    expect(tasks.getByText("已向“任务”表新增 49 项任务")).toBeTruthy();
    expect(tasks.getByText("1 项任务的截止时间随会期调整")).toBeTruthy();
    expect(tasks.getByText("3 项已在任务表中，未重复添加")).toBeTruthy();
    expect(tasks.getByText("从会议纪要读取行动事项 2 项，已加入任务表")).toBeTruthy();

    expect(r.getByText("会议通知待填写（1）")).toBeTruthy();
    const gaps = within(r.getByTestId("documents-placeholders"));
    expect(gaps.getByText("待填写：着装要求")).toBeTruthy();
    expect(gaps.getByText(DOCS_ZH.placeholders[0].fix)).toBeTruthy();
    fireEvent.click(gaps.getByRole("button", { name: "转到 '会议信息'!A14" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("会议信息", "A14");

    expect(r.getByText("问题（1）")).toBeTruthy();
    expect(r.getByText(DOCS_ZH.findings[0].message.zh)).toBeTruthy();
    fireEvent.click(r.getByRole("button", { name: "转到 '会议纪要'!D29" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("会议纪要", "D29");
    expect(button("生成会务文档").disabled).toBe(false);
  });

  test("in English, with the checklist option ticked: the option reaches the command and every gap links to its Event row", async () => {
    const documents = jest.fn(async (_opts: Parameters<PaneCommands["documents"]>[0]) => DOCS_EN);
    const { commands } = await documentsTab("en", documents);
    fireEvent.click(checkbox("Also add the checklist to the Tasks sheet"));
    fireEvent.click(button("Write documents"));
    const result = await screen.findByTestId("documents-result");
    const r = within(result);
    expect(documents).toHaveBeenCalledWith({ only: undefined, checklistToTasks: true });
    expect(result.textContent).toContain("Written: Checklist, Minutes, Notice, Sign-in Sheet, Badges, Tasks");
    expect(r.getByText("Checklist: 47 steps")).toBeTruthy();
    expect(r.getByText("Sign-in sheet: 130 people")).toBeTruthy();
    expect(r.getByText("Badges: 145")).toBeTruthy();
    expect(r.getByText("47 tasks added to the Tasks sheet")).toBeTruthy();
    expect(r.queryByText(/moved with the meeting/)).toBeNull();
    expect(r.queryByText(/already on the Tasks sheet/)).toBeNull();
    expect(r.getByText(/^No action items in the minutes yet/)).toBeTruthy();
    expect(r.getByText("Notice: to be filled in (2)")).toBeTruthy();
    expect(r.getByText("To be filled in: venue")).toBeTruthy();
    expect(r.getByText("To be filled in: dress code")).toBeTruthy();
    fireEvent.click(r.getByRole("button", { name: "Go to Event!A9" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("Event", "A9");
    fireEvent.click(r.getByRole("button", { name: "Go to Event!A14" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("Event", "A14");
    expect(r.getByText("Problems (1)")).toBeTruthy();
    expect(r.getByText(DOCS_EN.findings[0].message.en)).toBeTruthy();
    fireEvent.click(r.getByRole("button", { name: "Go to Minutes!D29" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("Minutes", "D29");

    // Unticked again, the next run leaves the checklist out of the Tasks sheet.
    fireEvent.click(checkbox("Also add the checklist to the Tasks sheet"));
    fireEvent.click(button("Write documents"));
    await act(async () => {});
    expect(documents).toHaveBeenLastCalledWith({ only: undefined, checklistToTasks: false });
  });

  test("a clean run shows no gaps or problems sections; nothing written says so", async () => {
    await documentsTab("en", async () => ({ ...DOCS_EN, sheetsWritten: [], placeholders: [], findings: [] }));
    fireEvent.click(button("Write documents"));
    const r = within(await screen.findByTestId("documents-result"));
    expect(r.getByText("No sheet was written.")).toBeTruthy();
    expect(r.queryByText(/to be filled in/i)).toBeNull();
    expect(r.queryByText(/^Problems/)).toBeNull();
  });

  test("a failure says the command did not finish, with the error's own message in the pane's language", async () => {
    const error = Object.assign(new Error("The sheet “Checklist” belongs to someone else."), {
      messageZh: "工作表“会务清单”不是本插件创建的。",
    });
    await documentsTab("zh", () => Promise.reject(error));
    fireEvent.click(button("生成会务文档"));
    expect(await screen.findByText("工作表“会务清单”不是本插件创建的。")).toBeTruthy();
    expect(screen.getByText("操作未完成")).toBeTruthy();
    expect(screen.queryByTestId("documents-result")).toBeNull();
    expect(button("生成会务文档").disabled).toBe(false);
    expect(checkbox("同时把会务清单加入任务表").disabled).toBe(false);
  });
});
