/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookSummary } from "../../src/app/summary";
import type { Finding } from "../../src/core/finding";
import type { Lang } from "../../src/core/i18n";
import { App } from "../../src/taskpane/App";
import { FIRST_PAGE } from "../../src/taskpane/components/ProblemList";

function finding(over: Partial<Finding> & Pick<Finding, "sheet" | "cell">): Finding {
  return {
    id: "parse.date",
    severity: "error",
    message: { zh: "无法识别日期“明天”", en: "Cannot read the date “tomorrow”" },
    ...over,
  };
}

const SUMMARY: WorkbookSummary = {
  lang: "zh",
  inputs: [
    { key: "event", title: { zh: "会议信息", en: "Event" }, sheet: "会议信息", foundBy: "name", rows: 12, missingColumns: [] },
    {
      key: "roster",
      title: { zh: "参会人员", en: "Roster" },
      sheet: "Sheet2",
      foundBy: "headers",
      rows: 3,
      missingColumns: [{ zh: "电话", en: "Phone" }],
    },
    { key: "budget", title: { zh: "预算", en: "Budget" }, sheet: null, foundBy: null, rows: 0, missingColumns: [] },
  ],
  understood: [
    { sheetKey: "event", title: { zh: "会议信息", en: "Event" }, sheet: "会议信息", foundBy: "name", columns: [], kept: [], records: 12 },
    {
      sheetKey: "roster",
      title: { zh: "参会人员", en: "Roster" },
      sheet: "Sheet2",
      foundBy: "headers",
      headerRow: 2,
      columns: [
        { field: "name", name: { zh: "姓名", en: "Name" }, header: "姓名", cell: "A2" },
        { field: "organisation", name: { zh: "单位", en: "Organisation" }, header: "2、您的工作单位：", cell: "B2" },
      ],
      kept: [{ header: "提交答卷时间", cell: "C2", why: "export" }],
      records: 3,
      people: 3,
    },
  ],
  attendees: { total: 3, confirmed: 2, pending: 1, withStatus: true },
  findings: [
    finding({ sheet: "Sheet2", cell: "F4" }),
    finding({
      id: "parse.enum",
      severity: "warning",
      sheet: "Roster 2026",
      cell: "B2:C2",
      message: { zh: "回执“也许”不是已知的值", en: "Status “maybe” is not a known value" },
    }),
  ],
};

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function renderApp(
  lang: Lang,
  loadSummary: () => Promise<WorkbookSummary>,
  goToCell = jest.fn(async () => {}),
  runCheck = jest.fn(async () => SUMMARY),
) {
  const unused = async (): Promise<never> => {
    throw new Error("not part of this test");
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        lang={lang}
        loadSummary={loadSummary}
        runCheck={runCheck}
        runSeat={unused}
        runRooms={unused}
        runDocuments={unused}
        goToCell={goToCell}
      />
    </FluentProvider>,
  );
  return { goToCell, runCheck };
}

describe("App", () => {
  test("shows a spinner while reading, then the sheets found or missing and the attendee count", async () => {
    const load = deferred<WorkbookSummary>();
    renderApp("en", () => load.promise);
    expect(screen.queryByText("Input sheets")).toBeNull();

    const read = screen.getByRole("button", { name: "Read workbook" });
    fireEvent.click(read);
    expect(screen.getByText("Reading the workbook…")).toBeTruthy();
    expect((read as HTMLButtonElement).disabled).toBe(true);

    await act(async () => load.resolve(SUMMARY));
    expect(screen.queryByText("Reading the workbook…")).toBeNull();
    expect((read as HTMLButtonElement).disabled).toBe(false);

    const event = screen.getByTestId("input-event");
    expect(event.textContent).toContain("Event");
    expect(event.textContent).toContain("Sheet “会议信息” (found by its name)");
    expect(event.textContent).toContain("12 rows");
    const roster = screen.getByTestId("input-roster");
    expect(roster.textContent).toContain("Sheet “Sheet2” (recognised by its headers, header on row 2)");
    expect(roster.textContent).toContain('1 column by its usual name, Organisation ← "2、您的工作单位："');
    expect(roster.textContent).toContain("Kept as they are, not used: 提交答卷时间 (row numbers or the form's own record)");
    expect(roster.textContent).toContain("Not in this sheet: Phone");
    const budget = screen.getByTestId("input-budget");
    expect(within(budget).getByText("Not found")).toBeTruthy();

    expect(screen.getByTestId("attendee-count").textContent).toBe("3 in all, 2 confirmed, 1 pending");
    expect(screen.getByText("Problems (2)")).toBeTruthy();
    expect(screen.getByText("Cannot read the date “tomorrow”")).toBeTruthy();
    expect(screen.getByRole("img", { name: "Warning" })).toBeTruthy();
  });

  test("a problem link is a keyboard-reachable button that goes to its sheet and cell", async () => {
    const { goToCell } = renderApp("en", async () => SUMMARY);
    fireEvent.click(screen.getByRole("button", { name: "Read workbook" }));

    const link = await screen.findByRole("button", { name: "Go to Sheet2!F4" });
    expect(link.tagName).toBe("BUTTON");
    link.focus();
    expect(document.activeElement).toBe(link);
    fireEvent.click(link);
    expect(goToCell).toHaveBeenCalledWith("Sheet2", "F4");

    // The sheet name is shown quoted, but passed as it is.
    fireEvent.click(screen.getByRole("button", { name: "Go to 'Roster 2026'!B2:C2" }));
    expect(goToCell).toHaveBeenLastCalledWith("Roster 2026", "B2:C2");
  });

  test("a failed read shows its message in a message bar, never the stack, and the pane keeps working", async () => {
    const error = new Error("Sheet protection prevents reading");
    error.stack = "Error: Sheet protection prevents reading\n    at readSheets (officeGateway.ts:42:7)";
    const loadSummary = jest.fn<Promise<WorkbookSummary>, []>().mockRejectedValueOnce(error).mockResolvedValueOnce(SUMMARY);
    renderApp("en", loadSummary);

    fireEvent.click(screen.getByRole("button", { name: "Read workbook" }));
    const message = await screen.findByText("Sheet protection prevents reading");
    expect(message.closest(".fui-MessageBar")).not.toBeNull();
    expect(screen.getByText("The workbook could not be read").closest(".fui-MessageBar")).not.toBeNull();
    expect(document.body.textContent).not.toContain("officeGateway.ts");
    expect(screen.queryByText("Reading the workbook…")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Read workbook" }));
    expect(await screen.findByTestId("attendee-count")).toBeTruthy();
    expect(screen.queryByText("Sheet protection prevents reading")).toBeNull();
  });

  test("something thrown that is not an Error still gives a readable message", async () => {
    renderApp("en", () => Promise.reject({ code: 42 }));
    fireEvent.click(screen.getByRole("button", { name: "Read workbook" }));
    expect(await screen.findByText("An unknown error occurred.")).toBeTruthy();
  });

  test("a failed go-to-cell (say the sheet was renamed) shows its message", async () => {
    const goToCell = jest.fn(async () => {
      throw new Error("The requested resource doesn't exist.");
    });
    renderApp("en", async () => SUMMARY, goToCell);
    fireEvent.click(screen.getByRole("button", { name: "Read workbook" }));
    fireEvent.click(await screen.findByRole("button", { name: "Go to Sheet2!F4" }));
    expect(await screen.findByText("The requested resource doesn't exist.")).toBeTruthy();
  });

  test("speaks Chinese when the language is zh", async () => {
    renderApp("zh", async () => SUMMARY);
    expect(screen.getByRole("heading", { name: "会务助手" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "读取工作簿" }));

    expect(await screen.findByText("输入工作表")).toBeTruthy();
    expect(screen.getByTestId("input-roster").textContent).toContain("工作表“Sheet2”（按列标题识别，表头在第 2 行）");
    expect(screen.getByTestId("input-roster").textContent).toContain("1 列按标准列名读取，单位 ← “2、您的工作单位：”");
    expect(screen.getByTestId("input-roster").textContent).toContain("没有的列：电话");
    expect(within(screen.getByTestId("input-budget")).getByText("未找到")).toBeTruthy();
    expect(screen.getByTestId("attendee-count").textContent).toBe("共 3 人，已确认 2 人，待确认 1 人");
    expect(screen.getByText("无法识别日期“明天”")).toBeTruthy();
    expect(screen.getByRole("img", { name: "错误" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "转到 Sheet2!F4" })).toBeTruthy();
    expect(screen.queryByText("Read workbook")).toBeNull();
  });

  test("a Chinese pane shows a gateway error's Chinese message", async () => {
    const error = Object.assign(new Error("This workbook cannot be read."), { messageZh: "无法读取此工作簿。" });
    renderApp("zh", () => Promise.reject(error));
    fireEvent.click(screen.getByRole("button", { name: "读取工作簿" }));
    expect(await screen.findByText("无法读取此工作簿。")).toBeTruthy();
    expect(screen.getByText("无法读取工作簿")).toBeTruthy();
  });

  test("a clean workbook says there is nothing to fix", async () => {
    renderApp("en", async () => ({ ...SUMMARY, findings: [] }));
    fireEvent.click(screen.getByRole("button", { name: "Read workbook" }));
    expect(await screen.findByText("No problems found.")).toBeTruthy();
  });

  test("a long problem list renders a first page and the rest on request", async () => {
    const findings = Array.from({ length: FIRST_PAGE + 5 }, (_, i) => finding({ sheet: "Roster", cell: `A${i + 2}` }));
    renderApp("en", async () => ({ ...SUMMARY, findings }));
    fireEvent.click(screen.getByRole("button", { name: "Read workbook" }));

    expect(await screen.findByText(`Problems (${FIRST_PAGE + 5})`)).toBeTruthy();
    // Text queries: role queries over hundreds of nodes are slow in jsdom.
    expect(screen.getAllByText(/^Roster!A\d+$/)).toHaveLength(FIRST_PAGE);
    expect(screen.getByText(`Showing the first ${FIRST_PAGE} of ${FIRST_PAGE + 5}.`)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Show all" }));
    expect(screen.getAllByText(/^Roster!A\d+$/)).toHaveLength(FIRST_PAGE + 5);
    expect(screen.getByRole("button", { name: `Go to Roster!A${FIRST_PAGE + 6}` })).toBeTruthy();
  });

  test("Check runs every rule, says the findings are on the Issues sheet, and lists them; Read writes nothing", async () => {
    const loadSummary = jest.fn(async () => SUMMARY);
    const { runCheck } = renderApp("zh", loadSummary);
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    expect(screen.getByText("正在检查…")).toBeTruthy();
    expect(await screen.findByText("检查结果已写入“检查结果”工作表，每一项都链接到对应单元格。")).toBeTruthy();
    expect(runCheck).toHaveBeenCalledTimes(1);
    expect(loadSummary).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "读取工作簿" }));
    await waitFor(() => expect(loadSummary).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByText("检查结果已写入“检查结果”工作表，每一项都链接到对应单元格。")).toBeNull());
  });
});
