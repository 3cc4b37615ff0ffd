/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { SeatSummary } from "../../src/app/seatSummary";
import type { Lang } from "../../src/core/i18n";
import type { ObjectiveValue } from "../../src/core/seating/tables/types";
import { App, type AppProps } from "../../src/taskpane/App";
import { TableWorkerError } from "../../src/taskpane/workerSolver";

const cost = (total: number, grouping: number, alone: number): ObjectiveValue => ({
  total,
  grouping,
  even: total - grouping - 3 * alone,
  alone,
});

const PLANNED: SeatSummary = {
  status: "ok",
  sheetsWritten: ["Dais Seating", "Table Assignment", "Table Chart"],
  rostrum: { people: 9, rows: 1 },
  tables: {
    used: 13,
    guests: 130,
    seats: 130,
    start: cost(40, 1, 13),
    final: cost(14.25, 8, 2),
    groupBy: "organisation",
    split: 0,
    broken: 0,
    mode: "together",
  },
  reasons: [],
  warnings: [
    {
      zh: "马力需清真餐，但按位次在非清真桌就座，请单独备餐。",
      en: "Ma Li needs halal food but sits at another table (by precedence); serve it separately.",
    },
  ],
  problems: [],
};

const INFEASIBLE: SeatSummary = {
  status: "infeasible",
  sheetsWritten: [],
  rostrum: { people: 2, rows: 1 },
  reasons: [
    {
      message: {
        zh: "同行的3人（李娜、王芳、赵强）须同桌，但最大的桌只有2个座位。",
        en: "The party of 3 (Li Na, Wang Fang, Zhao Qiang) must sit together, but the largest table has only 2 seats.",
      },
      people: ["李娜", "王芳", "赵强"],
      cells: [],
    },
    {
      message: { zh: "就餐20人，但18个座位不够。", en: "20 people dine but there are only 18 seats." },
      people: Array.from({ length: 20 }, (_, i) => `客${i + 1}`),
      cells: [],
    },
  ],
  warnings: [],
  problems: [
    {
      id: "settings.invalid",
      severity: "warning",
      sheet: "会议信息",
      cell: "B23",
      message: {
        zh: "“分桌依据”的值无法识别，沿用默认值。",
        en: 'The value of "Seat together by" is not recognised; the default is used.',
      },
    },
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

/** A runSeat whose progress, cancel flag and outcome the test drives. */
function controlledSeat() {
  const runs: {
    progress: (done: number, total: number) => void;
    shouldCancel: () => boolean;
    outcome: ReturnType<typeof deferred<SeatSummary>>;
  }[] = [];
  const runSeat: AppProps["runSeat"] = (progress, shouldCancel) => {
    const outcome = deferred<SeatSummary>();
    runs.push({ progress, shouldCancel, outcome });
    return outcome.promise;
  };
  return { runSeat, runs };
}

function renderApp(lang: Lang, runSeat: AppProps["runSeat"], goToCell = jest.fn(async () => {})) {
  const runCheck = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        lang={lang}
        loadSummary={jest.fn()}
        runCheck={runCheck}
        runSeat={runSeat}
        runRooms={jest.fn()}
        runDocuments={jest.fn()}
        goToCell={goToCell}
      />
    </FluentProvider>,
  );
  return { goToCell, runCheck };
}

const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;

describe("App: Plan seating", () => {
  test("shows the share of the search done, then what was written and how much the plan improved", async () => {
    const { runSeat, runs } = controlledSeat();
    renderApp("en", runSeat);
    fireEvent.click(button("Plan seating"));
    expect(runs).toHaveLength(1);
    expect(button("Check").disabled).toBe(true);
    expect(button("Plan seating").disabled).toBe(true);
    expect(await screen.findByText("Reading the workbook…")).toBeTruthy();
    const bar = screen.getByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBeNull(); // indeterminate while reading

    act(() => runs[0].progress(1350, 3000));
    expect(screen.getByText("Optimising the tables: 45%")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.45");
    expect(button("Cancel").disabled).toBe(false);
    act(() => runs[0].progress(3000, 3000));
    expect(screen.getByText("Writing to the workbook…")).toBeTruthy();
    expect(button("Cancel").disabled).toBe(true); // the plan is being written: too late to cancel

    await act(async () => runs[0].outcome.resolve(PLANNED));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByText("Written: Dais Seating, Table Assignment, Table Chart")).toBeTruthy();
    expect(screen.getByText("Rostrum: 9 people in 1 row")).toBeTruthy();
    expect(screen.getByText("130 guests at 13 tables (130 seats)")).toBeTruthy();
    expect(screen.getByText("Seating cost (lower is better): 40 at the start → 14.3 optimised")).toBeTruthy();
    expect(screen.getByText("Extra tables an organisation is spread over: 1 → 8")).toBeTruthy();
    expect(screen.getByText("Guests with nobody from their organisation or group at the table: 13 → 2")).toBeTruthy();
    expect(screen.getByText(PLANNED.warnings[0].en)).toBeTruthy();
    expect(button("Plan seating").disabled).toBe(false);
    expect(runs[0].shouldCancel()).toBe(false);
  });

  test("Cancel asks the run to stop; the pane then says nothing was written, and the next run starts afresh", async () => {
    const { runSeat, runs } = controlledSeat();
    renderApp("en", runSeat);
    fireEvent.click(button("Plan seating"));
    act(() => runs[0].progress(256, 3000));
    fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(runs[0].shouldCancel()).toBe(true);
    expect(screen.getByText("Cancelling…")).toBeTruthy();
    expect(button("Cancel").disabled).toBe(true);

    await act(async () => runs[0].outcome.resolve({ ...PLANNED, status: "cancelled", sheetsWritten: [], tables: undefined, warnings: [] }));
    expect(screen.getByText("Seating cancelled: nothing was written to the workbook.")).toBeTruthy();
    expect(screen.queryByText(/^Written:/)).toBeNull();

    fireEvent.click(button("Plan seating"));
    expect(runs[1].shouldCancel()).toBe(false);
    expect(screen.queryByText("Seating cancelled: nothing was written to the workbook.")).toBeNull();
  });

  test("an impossible plan lists each reason and the people concerned in the pane's language, and links the settings problem", async () => {
    const { runSeat, runs } = controlledSeat();
    const { goToCell } = renderApp("zh", runSeat);
    fireEvent.click(button("排座次"));
    expect(await screen.findByText("正在读取工作簿…")).toBeTruthy();
    await act(async () => runs[0].outcome.resolve(INFEASIBLE));

    expect(screen.getByText("无法安排桌次，工作簿未作任何改动")).toBeTruthy();
    expect(screen.getByText(INFEASIBLE.reasons[0].message.zh)).toBeTruthy();
    expect(screen.getByText("涉及：李娜、王芳、赵强")).toBeTruthy();
    // A reason about everyone names the first few.
    expect(screen.getByText(/^涉及：客1、客2、.*客12等 20 人$/)).toBeTruthy();
    expect(screen.queryByText(INFEASIBLE.reasons[0].message.en)).toBeNull();
    expect(screen.queryByText(/^已写入工作表/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "转到 '会议信息'!B23" }));
    expect(goToCell).toHaveBeenCalledWith("会议信息", "B23");
  });

  test("the same reasons in English in an English pane", async () => {
    const { runSeat, runs } = controlledSeat();
    renderApp("en", runSeat);
    fireEvent.click(button("Plan seating"));
    await act(async () => runs[0].outcome.resolve(INFEASIBLE));
    expect(screen.getByText("The tables cannot be planned; nothing was written")).toBeTruthy();
    expect(screen.getByText(INFEASIBLE.reasons[0].message.en)).toBeTruthy();
    expect(screen.getByText("Concerns: 李娜, 王芳, 赵强")).toBeTruthy();
    expect(screen.getByText(/^Concerns: 客1, .*客12 and 8 more$/)).toBeTruthy();
  });

  test("a failure shows its message in the pane's language, not the stack, and the pane keeps working", async () => {
    const runSeat = jest
      .fn<ReturnType<AppProps["runSeat"]>, Parameters<AppProps["runSeat"]>>()
      .mockRejectedValueOnce(new TableWorkerError("out of memory"))
      .mockResolvedValueOnce(PLANNED);
    renderApp("zh", runSeat);
    fireEvent.click(button("排座次"));
    expect(await screen.findByText("无法计算桌次安排：out of memory")).toBeTruthy();
    expect(screen.getByText("操作未完成")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(document.body.textContent).not.toContain("workerSolver");

    fireEvent.click(button("排座次"));
    expect(await screen.findByText("已写入工作表：“Dais Seating”、“Table Assignment”、“Table Chart”")).toBeTruthy();
    expect(screen.queryByText("操作未完成")).toBeNull();
  });
});
