/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { DocumentsSummary } from "../../src/app/documentsSummary";
import type { Lang } from "../../src/core/i18n";
import { App, type AppProps } from "../../src/taskpane/App";

const ZH: DocumentsSummary = {
  lang: "zh",
  sheetsWritten: ["会务清单", "会议纪要", "会议通知", "签到表", "证件", "任务"],
  checklistRows: 47,
  signIn: 130,
  badges: 145,
  actionItems: 2,
  tasks: { sheet: "任务", added: 49, moved: 1, present: 3 },
  placeholders: [
    {
      key: "dressCode",
      element: "着装要求",
      sheet: "会议信息",
      cell: "A14",
      fix: "在“会议信息”表“着装”一行填写内容，然后重新生成会议通知。",
    },
  ],
  findings: [
    {
      id: "minutes.due-invalid",
      severity: "warning",
      sheet: "会议纪要",
      cell: "D29",
      message: {
        zh: "“下周找时间” 无法识别，应为截止时间：日期或日期时间。",
        en: "“下周找时间” cannot be read; expected Due: a date or date-time.",
      },
    },
  ],
};

const EN: DocumentsSummary = {
  ...ZH,
  lang: "en",
  sheetsWritten: ["Checklist", "Minutes", "Notice", "Sign-in Sheet", "Badges", "Tasks"],
  tasks: { sheet: "Tasks", added: 47, moved: 0, present: 0 },
  actionItems: 0,
  placeholders: [
    {
      key: "venue",
      element: "venue",
      sheet: "Event",
      cell: "A9",
      fix: 'Fill in the Venue row of the "Event" sheet, then regenerate the notice.',
    },
    { key: "dressCode", element: "dress code", sheet: "Event", cell: "A14", fix: "" },
  ],
  findings: [{ ...ZH.findings[0], sheet: "Minutes" }],
};

function renderApp(lang: Lang, runDocuments: AppProps["runDocuments"], goToCell = jest.fn(async () => {})) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        lang={lang}
        loadSummary={jest.fn()}
        runCheck={jest.fn()}
        runSeat={jest.fn()}
        runRooms={jest.fn()}
        runDocuments={runDocuments}
        goToCell={goToCell}
      />
    </FluentProvider>,
  );
  return { goToCell };
}

describe("App: Write documents", () => {
  test("shows a spinner while writing, then the sheets, counts, tasks, the notice's gaps and the findings, each linked to its cell", async () => {
    let finish!: (s: DocumentsSummary) => void;
    const runDocuments = jest.fn((_checklistToTasks: boolean) => new Promise<DocumentsSummary>((resolve) => (finish = resolve)));
    const { goToCell } = renderApp("zh", runDocuments);
    const checkbox = screen.getByRole("checkbox", { name: "同时把会务清单加入任务表" }) as HTMLInputElement;
    expect(checkbox.checked).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "生成会务文档" }));
    expect(screen.getByText("正在生成会务文档…")).toBeTruthy();
    expect((screen.getByRole("button", { name: "生成会务文档" }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: "检查" }) as HTMLButtonElement).disabled).toBe(true);
    expect(checkbox.disabled).toBe(true);
    await act(async () => finish(ZH));

    const result = await screen.findByTestId("documents-result");
    expect(runDocuments).toHaveBeenCalledWith(false);
    expect(screen.queryByText("正在生成会务文档…")).toBeNull();
    const r = within(result);
    expect(r.getByText("已写入工作表：“会务清单”、“会议纪要”、“会议通知”、“签到表”、“证件”、“任务”")).toBeTruthy();
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
    expect(gaps.getByText(ZH.placeholders[0].fix)).toBeTruthy();
    fireEvent.click(gaps.getByRole("button", { name: "转到 '会议信息'!A14" }));
    expect(goToCell).toHaveBeenLastCalledWith("会议信息", "A14");

    expect(r.getByText("问题（1）")).toBeTruthy();
    expect(r.getByText(ZH.findings[0].message.zh)).toBeTruthy();
    fireEvent.click(r.getByRole("button", { name: "转到 '会议纪要'!D29" }));
    expect(goToCell).toHaveBeenLastCalledWith("会议纪要", "D29");
    expect((screen.getByRole("button", { name: "生成会务文档" }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("in English, with the checklist option ticked: the option reaches the command and every gap links to its Event row", async () => {
    const runDocuments = jest.fn(async (_checklistToTasks: boolean) => EN);
    const { goToCell } = renderApp("en", runDocuments);
    fireEvent.click(screen.getByRole("checkbox", { name: "Also add the checklist to the Tasks sheet" }));
    fireEvent.click(screen.getByRole("button", { name: "Write documents" }));
    const r = within(await screen.findByTestId("documents-result"));
    expect(runDocuments).toHaveBeenCalledWith(true);
    expect(r.getByText("Written: Checklist, Minutes, Notice, Sign-in Sheet, Badges, Tasks")).toBeTruthy();
    expect(r.getByText("Checklist: 47 steps")).toBeTruthy();
    expect(r.getByText("Sign-in sheet: 130 people")).toBeTruthy();
    expect(r.getByText("Badges: 145")).toBeTruthy();
    expect(r.getByText("47 tasks added to the Tasks sheet")).toBeTruthy();
    expect(r.queryByText(/moved with the meeting/)).toBeNull();
    expect(r.getByText(/^No action items in the minutes yet/)).toBeTruthy();
    expect(r.getByText("Notice: to be filled in (2)")).toBeTruthy();
    expect(r.getByText("To be filled in: venue")).toBeTruthy();
    expect(r.getByText("To be filled in: dress code")).toBeTruthy();
    fireEvent.click(r.getByRole("button", { name: "Go to Event!A9" }));
    expect(goToCell).toHaveBeenLastCalledWith("Event", "A9");
    expect(r.getByText("Problems (1)")).toBeTruthy();
    expect(r.getByText(EN.findings[0].message.en)).toBeTruthy();
    fireEvent.click(r.getByRole("button", { name: "Go to Minutes!D29" }));
    expect(goToCell).toHaveBeenLastCalledWith("Minutes", "D29");

    // Unticked again, the next run leaves the checklist out of the Tasks sheet.
    fireEvent.click(screen.getByRole("checkbox", { name: "Also add the checklist to the Tasks sheet" }));
    fireEvent.click(screen.getByRole("button", { name: "Write documents" }));
    await screen.findByTestId("documents-result");
    expect(runDocuments).toHaveBeenLastCalledWith(false);
  });

  test("a clean run shows no gaps or problems sections", async () => {
    renderApp("en", async () => ({ ...EN, placeholders: [], findings: [] }));
    fireEvent.click(screen.getByRole("button", { name: "Write documents" }));
    const r = within(await screen.findByTestId("documents-result"));
    expect(r.queryByText(/to be filled in/i)).toBeNull();
    expect(r.queryByText(/^Problems/)).toBeNull();
  });

  test("a failure says the command did not finish, with the error's own message in the pane's language", async () => {
    const error = Object.assign(new Error("The sheet “Checklist” belongs to someone else."), {
      messageZh: "工作表“会务清单”不是本插件创建的。",
    });
    renderApp("zh", () => Promise.reject(error));
    fireEvent.click(screen.getByRole("button", { name: "生成会务文档" }));
    expect(await screen.findByText("工作表“会务清单”不是本插件创建的。")).toBeTruthy();
    expect(screen.getByText("操作未完成")).toBeTruthy();
    expect(screen.queryByTestId("documents-result")).toBeNull();
    expect((screen.getByRole("button", { name: "生成会务文档" }) as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByRole("checkbox", { name: "同时把会务清单加入任务表" }) as HTMLInputElement).disabled).toBe(false);
  });
});
