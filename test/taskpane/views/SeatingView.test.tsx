/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { SeatSummary } from "../../../src/app/seatSummary";
import type { PaneCommands, SeatingDraft } from "../../../src/taskpane/paneCommands";
import { TableWorkerError } from "../../../src/taskpane/workerSolver";
import { CANCELLED, CHOICES, INFEASIBLE, PLANNED, PREVIEW_ORDER, ROSTER, seatingDraft } from "../paneFixtures";
import { button, deferred, openTab, renderReadPane } from "../renderPane";

/** A seat command whose progress, cancel flag and outcome the test drives. */
function controlledSeat() {
  const runs: {
    changed: Parameters<PaneCommands["seat"]>[0];
    progress: (done: number, total: number) => void;
    shouldCancel: () => boolean;
    outcome: ReturnType<typeof deferred<SeatSummary>>;
  }[] = [];
  const seat: PaneCommands["seat"] = (changed, progress, shouldCancel) => {
    const outcome = deferred<SeatSummary>();
    runs.push({ changed, progress, shouldCancel, outcome });
    return outcome.promise;
  };
  return { seat, runs };
}

/** The pane on its Seating tab, the rostrum drawn. */
async function seatingTab(lang: "zh" | "en" = "en", commands: Partial<PaneCommands> = {}, draft: SeatingDraft = seatingDraft()) {
  const pane = await renderReadPane({ lang, commands: { prepareSeating: async () => draft, ...commands } });
  await openTab(lang === "zh" ? "座次" : "Seating");
  await screen.findByRole("button", { name: lang === "zh" ? "排座次" : "Plan seating" });
  return { ...pane, draft };
}

/** The names on the rostrum preview, left to right as the audience sees them. */
const rostrum = () =>
  within(screen.getByTestId("rostrum-preview"))
    .getAllByRole("listitem")
    .map((li) => li.lastElementChild?.textContent);

async function choose(dropdown: string | RegExp, option: string) {
  fireEvent.click(screen.getByRole("combobox", { name: dropdown }));
  await act(async () => {
    fireEvent.click(await screen.findByRole("option", { name: option }));
  });
}

describe("Seating: the choices and the rostrum preview", () => {
  test("the screen reads the workbook's choices when it opens (not before), showing a spinner meanwhile", async () => {
    const draft = deferred<SeatingDraft>();
    const { commands } = await renderReadPane({ commands: { prepareSeating: () => draft.promise } });
    expect(commands.prepareSeating).not.toHaveBeenCalled();
    await openTab("Seating");
    expect(commands.prepareSeating).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("Reading the workbook…")).toBeTruthy();
    await act(async () => draft.resolve(seatingDraft()));
    expect(screen.queryByText("Reading the workbook…")).toBeNull();
    expect((screen.getByRole("radio", { name: "Chinese (left is senior)" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole("combobox", { name: /^Chair/ }).textContent).toContain("By rank");
    expect((screen.getByRole("spinbutton", { name: "Seats per table" }) as HTMLInputElement).value).toBe("10");
    expect(rostrum()).toEqual(PREVIEW_ORDER.chinese);
    expect(commands.seat).not.toHaveBeenCalled();
  });

  test("the preview shows each seat's rank and the chair, as the audience sees them", async () => {
    await seatingTab();
    const seats = within(screen.getByTestId("rostrum-preview")).getAllByRole("listitem");
    expect(seats.map((li) => li.getAttribute("aria-label"))).toEqual([
      "No. 5 李处长",
      "No. 3 张主任",
      "No. 1 王书记",
      "Chair No. 2 陈市长",
      "No. 4 赵局长",
    ]);
    expect(within(screen.getByTestId("rostrum-preview")).getByText("Audience")).toBeTruthy();
  });

  test("changing the convention, the variant or the chair's place redraws the rostrum from the draft, nothing written", async () => {
    const { commands, draft } = await seatingTab();
    fireEvent.click(screen.getByRole("radio", { name: "International (right is senior)" }));
    expect(rostrum()).toEqual(PREVIEW_ORDER.international);
    expect(draft.preview).toHaveBeenLastCalledWith({ ...CHOICES, convention: "international" });

    fireEvent.click(screen.getByRole("radio", { name: "Chinese (left is senior)" }));
    expect(rostrum()).toEqual(PREVIEW_ORDER.chinese);

    await choose(/^Chair/, "Left end");
    expect(rostrum()).toEqual(PREVIEW_ORDER.leftEnd);
    expect(within(screen.getByTestId("rostrum-preview")).getAllByRole("listitem")[0].textContent).toBe("Chair陈市长");

    await choose(/^Even-count variant/, "B");
    expect(draft.preview).toHaveBeenLastCalledWith({ ...CHOICES, chairPosition: "leftEnd", variant: "B" });
    expect(commands.seat).not.toHaveBeenCalled();
    expect(commands.saveSettings).not.toHaveBeenCalled();
  });

  test("nobody on the rostrum: the preview says so", async () => {
    await seatingTab("en", {}, seatingDraft({ preview: () => [] }));
    expect(screen.queryByTestId("rostrum-preview")).toBeNull();
    expect(screen.getByText(/^Nobody on the roster is on the rostrum/)).toBeTruthy();
  });

  test("in Chinese", async () => {
    await seatingTab("zh");
    expect(screen.getByRole("radio", { name: "中式（以左为尊）" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "主席台预览（观众视角）" })).toBeTruthy();
    expect(within(screen.getByTestId("rostrum-preview")).getAllByRole("listitem")[2].getAttribute("aria-label")).toBe("第1位 王书记");
    expect(screen.getByText("台下（观众）")).toBeTruthy();
    expect(screen.getByText(/随座次一起写入“会议信息”表/)).toBeTruthy();
  });

  test("a workbook that cannot be read says why", async () => {
    await renderReadPane({ commands: { prepareSeating: () => Promise.reject(new Error("The roster sheet is protected.")) } });
    await openTab("Seating");
    expect((await screen.findByRole("alert")).textContent).toBe("The roster sheet is protected.");
    expect(screen.queryByRole("button", { name: "Plan seating" })).toBeNull();
  });
});

describe("Seating: Plan seating", () => {
  test("passes only the choices changed, shows the share of the search done, then the plan in planner's terms", async () => {
    const { seat, runs } = controlledSeat();
    const { commands } = await seatingTab("en", { seat });
    await choose(/^Chair/, "Left end");
    fireEvent.click(button("Plan seating"));
    expect(runs).toHaveLength(1);
    expect(runs[0].changed).toEqual({ chairPosition: "leftEnd" });
    expect(button("Plan seating").disabled).toBe(true);
    expect((screen.getByRole("radio", { name: "International (right is senior)" }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText("Reading the workbook…")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBeNull(); // indeterminate while reading

    act(() => runs[0].progress(1350, 3000));
    expect(screen.getByText("Optimising the tables: 45%")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.45");
    expect(button("Cancel").disabled).toBe(false);
    act(() => runs[0].progress(3000, 3000));
    expect(screen.getByText("Writing to the workbook…")).toBeTruthy();
    expect(button("Cancel").disabled).toBe(true); // the plan is being written: too late to cancel

    await act(async () => runs[0].outcome.resolve(PLANNED));
    expect(screen.queryByRole("progressbar")).toBeNull();
    const result = within(screen.getByTestId("seat-result"));
    expect(result.getByText("Written:", { exact: false }).textContent).toBe("Written: Dais Seating, Table Assignment, Table Chart");
    expect(result.getByText("Rostrum: 9 people in 1 row")).toBeTruthy();
    expect(result.getByText("130 guests at 13 tables (130 seats)")).toBeTruthy();
    expect(result.getByText("Every organisation sits at one table")).toBeTruthy();
    expect(result.getByText("No rule broken (keep-apart, parties, locked tables)")).toBeTruthy();
    expect(result.getByText("2 guests sit with nobody from their organisation or group")).toBeTruthy();
    expect(result.getByText(PLANNED.warnings[0].en)).toBeTruthy();
    expect(button("Plan seating").disabled).toBe(false);
    expect(runs[0].shouldCancel()).toBe(false);

    // Each sheet written opens at its first cell.
    fireEvent.click(result.getByRole("button", { name: "Open “Table Chart”" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("Table Chart", "A1");
    fireEvent.click(result.getByRole("button", { name: "Open “Dais Seating”" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("Dais Seating", "A1");
  });

  test("with nothing changed, nothing is passed: the Event sheet's choices stand", async () => {
    const { commands } = await seatingTab();
    fireEvent.click(screen.getByRole("radio", { name: "International (right is senior)" }));
    fireEvent.click(screen.getByRole("radio", { name: "Chinese (left is senior)" }));
    fireEvent.click(button("Plan seating"));
    expect(await screen.findByTestId("seat-result")).toBeTruthy();
    expect(commands.seat).toHaveBeenCalledWith({}, expect.any(Function), expect.any(Function));
  });

  test("the table options: seats per table, seating together or mixed, by organisation or group", async () => {
    const { commands } = await seatingTab();
    const seats = screen.getByRole("spinbutton", { name: "Seats per table" });
    fireEvent.keyDown(seats, { key: "ArrowUp" });
    expect((seats as HTMLInputElement).value).toBe("11");
    fireEvent.click(screen.getByRole("radio", { name: "Mix" }));
    await choose(/^Seat together by/, "Group");
    fireEvent.click(button("Plan seating"));
    expect(await screen.findByTestId("seat-result")).toBeTruthy();
    expect(commands.seat.mock.calls[0][0]).toEqual({ seatsPerTable: 11, mode: "mix", groupBy: "group" });
  });

  test("the choices saved by a plan are the new starting point: changing one back is saved too", async () => {
    let eventSheet = CHOICES;
    const seat = jest.fn(async (changed: Parameters<PaneCommands["seat"]>[0]) => {
      eventSheet = { ...eventSheet, ...changed };
      return PLANNED;
    });
    const { commands } = await seatingTab("en", { seat, prepareSeating: async () => seatingDraft({ choices: eventSheet }) });
    await choose(/^Chair/, "Left end");
    fireEvent.click(button("Plan seating"));
    expect(await screen.findByTestId("seat-result")).toBeTruthy();
    expect(seat.mock.calls[0][0]).toEqual({ chairPosition: "leftEnd" });
    expect(commands.prepareSeating).toHaveBeenCalledTimes(2);

    await choose(/^Chair/, "By rank");
    expect(rostrum()).toEqual(PREVIEW_ORDER.chinese);
    fireEvent.click(button("Plan seating"));
    await act(async () => {});
    expect(seat).toHaveBeenCalledTimes(2);
    expect(seat.mock.calls[1][0]).toEqual({ chairPosition: "byRank" });
    expect(eventSheet).toEqual(CHOICES);
  });

  test("where the choices cannot be kept (no Event sheet), each plan passes them again", async () => {
    const { commands } = await seatingTab();
    await choose(/^Chair/, "Left end");
    fireEvent.click(button("Plan seating"));
    expect(await screen.findByTestId("seat-result")).toBeTruthy();
    fireEvent.click(button("Plan seating"));
    await act(async () => {});
    expect(commands.seat.mock.calls.map((c) => c[0])).toEqual([{ chairPosition: "leftEnd" }, { chairPosition: "leftEnd" }]);
    expect(screen.getByRole("combobox", { name: /^Chair/ }).textContent).toContain("Left end");
  });

  test("a plan that was not written (impossible) saved nothing: the change is still passed next time", async () => {
    const { commands } = await seatingTab("en", { seat: jest.fn().mockResolvedValueOnce(INFEASIBLE).mockResolvedValueOnce(PLANNED) });
    await choose(/^Chair/, "Left end");
    fireEvent.click(button("Plan seating"));
    expect(await screen.findByText("The tables cannot be planned; nothing was written")).toBeTruthy();
    fireEvent.click(button("Plan seating"));
    expect(await screen.findByText("Every organisation sits at one table")).toBeTruthy();
    expect(commands.seat.mock.calls.map((c) => c[0])).toEqual([{ chairPosition: "leftEnd" }, { chairPosition: "leftEnd" }]);
  });

  test("a split or a broken rule is said plainly", async () => {
    const split: SeatSummary = { ...PLANNED, tables: { ...PLANNED.tables!, split: 2, broken: 1 } };
    await seatingTab("en", { seat: async () => split });
    fireEvent.click(button("Plan seating"));
    expect(await screen.findByText("2 organisations are split over two or more tables")).toBeTruthy();
    expect(screen.getByText("1 rule could not be kept")).toBeTruthy();
  });

  test("mixed seating by group counts the pairs still together", async () => {
    const mixed: SeatSummary = {
      ...PLANNED,
      tables: { ...PLANNED.tables!, mode: "mix", groupBy: "group", final: { ...PLANNED.tables!.final, grouping: 3 } },
    };
    await seatingTab("zh", { seat: async () => mixed });
    fireEvent.click(button("排座次"));
    expect(await screen.findByText("仍有 3 对同分组人员同桌")).toBeTruthy();
    expect(screen.getByText("不同桌、同行同桌、指定桌号等要求全部满足")).toBeTruthy();
    expect(screen.getByTestId("seat-result").textContent).toContain("已写入工作表：“Dais Seating”、“Table Assignment”、“Table Chart”");
  });

  test("Cancel asks the run to stop; the pane then says nothing was written, and the next run starts afresh", async () => {
    const { seat, runs } = controlledSeat();
    await seatingTab("en", { seat });
    fireEvent.click(button("Plan seating"));
    act(() => runs[0].progress(256, 3000));
    fireEvent.click(button("Cancel"));
    expect(runs[0].shouldCancel()).toBe(true);
    expect(screen.getByText("Cancelling…")).toBeTruthy();
    expect(button("Cancel").disabled).toBe(true);

    await act(async () => runs[0].outcome.resolve(CANCELLED));
    expect(screen.getByText("Seating cancelled: nothing was written to the workbook.")).toBeTruthy();
    expect(screen.queryByText(/^Written:/)).toBeNull();

    fireEvent.click(button("Plan seating"));
    expect(runs[1].shouldCancel()).toBe(false);
    expect(screen.queryByText("Seating cancelled: nothing was written to the workbook.")).toBeNull();
  });

  test("an impossible plan lists each reason and the people concerned in the pane's language, each a link to their row", async () => {
    const { seat, runs } = controlledSeat();
    const { commands } = await seatingTab("zh", { seat });
    fireEvent.click(button("排座次"));
    expect(screen.getByText("正在读取工作簿…")).toBeTruthy();
    await act(async () => runs[0].outcome.resolve(INFEASIBLE));

    expect(screen.getByText("无法安排桌次，工作簿未作任何改动")).toBeTruthy();
    expect(screen.getByText(INFEASIBLE.reasons[0].message.zh)).toBeTruthy();
    expect(screen.queryByText(INFEASIBLE.reasons[0].message.en)).toBeNull();
    const [party, everyone] = screen.getAllByText(/^涉及：/);
    expect(party.textContent).toBe("涉及：李娜、王芳、赵强");
    // A reason about everyone names the first few.
    expect(everyone.textContent).toBe(`涉及：${Array.from({ length: 12 }, (_, i) => `客${i + 1}`).join("、")} 等另外 8 人`);
    fireEvent.click(within(party).getByRole("button", { name: "王芳" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith(ROSTER, "A11");
    fireEvent.click(within(everyone).getByRole("button", { name: "客12" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith(ROSTER, "A14");
    expect(within(everyone).queryByRole("button", { name: "客13" })).toBeNull();

    expect(screen.queryByText(/^已写入工作表/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "转到 '会议信息'!B23" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("会议信息", "B23");
  });

  test("the same reasons in English in an English pane; names past the rows known are plain text", async () => {
    const reasons = [{ ...INFEASIBLE.reasons[0], cells: INFEASIBLE.reasons[0].cells.slice(0, 1) }, INFEASIBLE.reasons[1]];
    await seatingTab("en", { seat: async () => ({ ...INFEASIBLE, reasons }) });
    fireEvent.click(button("Plan seating"));
    expect(await screen.findByText("The tables cannot be planned; nothing was written")).toBeTruthy();
    expect(screen.getByText(INFEASIBLE.reasons[0].message.en)).toBeTruthy();
    const [party, everyone] = screen.getAllByText(/^Concerns:/);
    expect(party.textContent).toBe("Concerns: 李娜, 王芳, 赵强");
    expect(
      within(party)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["李娜"]);
    expect(everyone.textContent).toMatch(/^Concerns: 客1, .*客12 and 8 more$/);
  });

  test("a failure shows its message in the pane's language, not the stack, and the pane keeps working", async () => {
    const seat = jest.fn().mockRejectedValueOnce(new TableWorkerError("out of memory")).mockResolvedValueOnce(PLANNED);
    await seatingTab("zh", { seat });
    fireEvent.click(button("排座次"));
    expect(await screen.findByText("无法计算桌次安排：out of memory")).toBeTruthy();
    expect(screen.getByText("操作未完成")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(document.body.textContent).not.toContain("workerSolver");
    expect(document.body.textContent).not.toContain("could not be computed");

    fireEvent.click(button("排座次"));
    expect(await screen.findByTestId("seat-result")).toBeTruthy();
    expect(screen.getByTestId("seat-result").textContent).toContain("已写入工作表：“Dais Seating”、“Table Assignment”、“Table Chart”");
    expect(screen.queryByText("操作未完成")).toBeNull();
  });
});
