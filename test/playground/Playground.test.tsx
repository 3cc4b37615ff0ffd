/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { WritePlan } from "../../src/core/plan/writePlan";
import type { BrowserWorkbook } from "../../src/playground/browserWorkbook";
import { Playground, type PlaygroundProps } from "../../src/playground/Playground";
import type { PaneHost } from "../../src/taskpane/paneHost";
import { WorkbookUnavailableError, type SheetSnapshot } from "../../src/workbook/gateway";

// jsdom has no ResizeObserver; Fluent's tab list and message bar measure themselves with one.
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

/** An in-memory workbook: sheets of values, written by plans as the file adapter would. */
function fakeWorkbook(sheets: Record<string, SheetSnapshot["values"]>, hidden: string[] = []): BrowserWorkbook {
  const book = new Map(Object.entries(sheets));
  return {
    gateway: {
      read: async (names) => ({
        sheetNames: [...book.keys()],
        sheets: names.filter((n) => book.has(n)).map((n) => ({ name: n, top: 0, left: 0, values: book.get(n)! })),
        owned: [],
      }),
      apply: async (plan) => {
        for (const w of plan.sheets) {
          book.set(w.name, w.values[0]?.values ?? []);
          if (w.hidden) hidden.push(w.name);
        }
        return { requests: 1, sheets: plan.sheets.map((w) => w.name) };
      },
    },
    visibleSheets: () => [...book.keys()].filter((n) => !hidden.includes(n)),
    save: async () => new Uint8Array([80, 75, 3, 4]),
  };
}

const ISSUES: WritePlan = {
  sheets: [
    { name: "检查结果", mode: "replace", exists: false, activate: true, values: [{ row: 0, col: 0, values: [["级别", "说明"]] }] },
    { name: "记录", mode: "replace", exists: false, hidden: true, values: [{ row: 0, col: 0, values: [["x"]] }] },
  ],
};

/** A stand-in for <PaneRoot>: two buttons that use the host as the pane does. */
function StandInPane({ host }: { host: PaneHost }) {
  return (
    <div>
      <span>lang={host.lang}</span>
      <button onClick={() => void host.gateway.apply(ISSUES)}>write issues</button>
      <button onClick={() => void host.goToCell("参会人员", "B3").catch(() => undefined)}>go to B3</button>
    </div>
  );
}

function setUp(overrides: Partial<PlaygroundProps> = {}) {
  const workbook = fakeWorkbook(
    {
      会议信息: [["项目", "内容"]],
      参会人员: [
        ["序号", "姓名"],
        [1, "王鑫超"],
        [2, "刘月"],
      ],
      隐藏: [["x"]],
    },
    ["隐藏"],
  );
  const props: PlaygroundProps = {
    lang: "zh",
    openWorkbook: jest.fn(async () => workbook),
    samples: {
      zh: { url: "samples/zh.xlsx", fileName: "annual-work-conference.zh.xlsx" },
      en: { url: "samples/en.xlsx", fileName: "annual-conference.en.xlsx" },
    },
    fetchBytes: jest.fn(async () => new Uint8Array([1, 2, 3])),
    saveFile: jest.fn(),
    renderPane: (host) => <StandInPane host={host} />,
    startWorker: () => undefined,
    initialDark: false,
    ...overrides,
  };
  render(<Playground {...props} />);
  return { props, workbook };
}

const toolbar = () => within(screen.getByRole("banner"));
const tabs = () => within(screen.getByRole("tablist", { name: "工作表" }));
const cell = (a1: string) => document.querySelector(`td[data-cell="${a1}"]`);

async function openSample() {
  fireEvent.click(toolbar().getByRole("button", { name: "中文示例" }));
  await screen.findByRole("tab", { name: "会议信息" });
}

describe("the playground's shell", () => {
  test("before a workbook: the way in, the privacy line, and no pane", () => {
    setUp();
    expect(screen.getByRole("heading", { name: "打开一个会务工作簿" })).toBeTruthy();
    expect(screen.getByText("工作簿只在本浏览器中打开和处理，不会上传或发送到任何地方。")).toBeTruthy();
    expect(screen.getByText("打开工作簿后，会务助手窗格显示在这里。")).toBeTruthy();
    expect((toolbar().getByRole("button", { name: "下载 .xlsx" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("opens the sample: a tab per visible sheet, the first one's grid, and the pane over the workbook", async () => {
    const { props } = setUp();
    await openSample();
    expect(props.fetchBytes).toHaveBeenCalledWith("samples/zh.xlsx");
    expect(props.openWorkbook).toHaveBeenCalledWith(new Uint8Array([1, 2, 3]), "annual-work-conference.zh.xlsx");
    const tabNames = (await Promise.all(["会议信息", "参会人员", "隐藏"].map((name) => tabs().queryAllByRole("tab", { name })))).map(
      (t) => t.length,
    );
    expect(tabNames).toEqual([1, 1, 0]);
    expect(tabs().getAllByRole("tab")).toHaveLength(2);
    await waitFor(() => expect(cell("B1")?.textContent).toBe("内容"));
    expect(screen.getByText("lang=zh")).toBeTruthy();
    expect(screen.getByText("annual-work-conference.zh.xlsx")).toBeTruthy();
  });

  test("switching tabs shows that sheet", async () => {
    setUp();
    await openSample();
    fireEvent.click(tabs().getByRole("tab", { name: "参会人员" }));
    await waitFor(() => expect(cell("B3")?.textContent).toBe("刘月"));
    expect(tabs().getByRole("tab", { name: "参会人员" }).getAttribute("aria-selected")).toBe("true");
  });

  test("goToCell selects the sheet's tab and highlights the cell", async () => {
    setUp();
    await openSample();
    fireEvent.click(screen.getByRole("button", { name: "go to B3" }));
    await waitFor(() => expect(cell("B3")?.getAttribute("data-selected")).toBe("true"));
    expect(cell("B3")?.textContent).toBe("刘月");
    expect(tabs().getByRole("tab", { name: "参会人员" }).getAttribute("aria-selected")).toBe("true");
  });

  test("a write of the pane shows at once: the new sheet's tab comes to the front, hidden sheets stay off", async () => {
    setUp();
    await openSample();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "write issues" })));
    await waitFor(() => expect(tabs().getByRole("tab", { name: "检查结果" }).getAttribute("aria-selected")).toBe("true"));
    expect(tabs().queryByRole("tab", { name: "记录" })).toBeNull();
    await waitFor(() => expect(cell("B1")?.textContent).toBe("说明"));
  });

  test("downloads the workbook under the opened file's name, marked .huiwu.xlsx", async () => {
    const { props } = setUp();
    await openSample();
    fireEvent.click(toolbar().getByRole("button", { name: "下载 .xlsx" }));
    await waitFor(() =>
      expect(props.saveFile).toHaveBeenCalledWith(new Uint8Array([80, 75, 3, 4]), "annual-work-conference.zh.huiwu.xlsx"),
    );
  });

  test("a file that is no workbook: the adapter's message in the planner's language, and the page goes on", async () => {
    setUp({
      openWorkbook: jest.fn(async () =>
        Promise.reject(new WorkbookUnavailableError("Cannot open", "无法打开“x.xlsx”：这不是 Excel 工作簿（.xlsx）。")),
      ),
    });
    const input = screen.getByTestId("open-file") as HTMLInputElement;
    const file = new File(["nope"], "x.xlsx");
    Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(4) });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText("无法打开“x.xlsx”：这不是 Excel 工作簿（.xlsx）。")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "打开一个会务工作簿" })).toBeTruthy();
  });

  test("a file dropped on the page opens", async () => {
    const { props } = setUp({ lang: "en" });
    const file = new File(["x"], "会务.xlsx");
    Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(2) });
    const page = screen.getByRole("banner").parentElement!.parentElement!;
    const dataTransfer = { types: ["Files"], files: [file], dropEffect: "none" };
    fireEvent.dragEnter(page, { dataTransfer });
    expect(screen.getByText("Drop to open")).toBeTruthy();
    fireEvent.drop(page, { dataTransfer });
    await screen.findByRole("tab", { name: "会议信息" });
    expect(props.openWorkbook).toHaveBeenCalledWith(new Uint8Array(2), "会务.xlsx");
    expect(screen.queryByText("Drop to open")).toBeNull();
  });
});
