/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { RECHECK_DELAY_MS } from "../../src/taskpane/useLiveRecheck";
import { CHECKED, REVIEW, ROOMS } from "./paneFixtures";
import { button, deferred, fakeWatch, memoryPrefs, openTab, refusingPrefs, renderPane, renderReadPane, type Prefs } from "./renderPane";

const TABS_EN = ["Overview", "Check", "Seating", "Rooms", "Docs", "Settings"];
const TABS_ZH = ["概览", "检查", "座次", "住宿", "文档", "设置"];

const selectedTab = () =>
  screen
    .getAllByRole("tab")
    .find((t) => t.getAttribute("aria-selected") === "true")
    ?.getAttribute("value");

/** A Go-to link's error, a failed read, a failed command: each keeps to its message, never a stack. */
function failure(message: string, messageZh?: string): Error {
  const error = Object.assign(new Error(message), messageZh ? { messageZh } : {});
  error.stack = `Error: ${message}\n    at readSheets (officeGateway.ts:42:7)`;
  return error;
}

describe("App: opening the pane", () => {
  test("reads the workbook (writing nothing) with a spinner, then shows the meeting's Overview under its name", async () => {
    const review = deferred<typeof REVIEW>();
    const { commands, commandsFor } = renderPane({ commands: { review: () => review.promise } });
    expect(screen.getByRole("heading", { level: 1, name: "Huiwu – Meeting planner" })).toBeTruthy();
    expect(screen.getByText("Reading the workbook…")).toBeTruthy();
    expect(commandsFor).toHaveBeenCalledWith("en");
    expect(commands.review).toHaveBeenCalledTimes(1);

    await act(async () => review.resolve(REVIEW));
    expect(screen.queryByText("Reading the workbook…")).toBeNull();
    expect(screen.getByRole("heading", { level: 1, name: "Huiwu – Meeting planner · Spring Forum" })).toBeTruthy();
    expect(screen.getByText("4 days to go")).toBeTruthy();
    expect(selectedTab()).toBe("overview");
    // Opening the pane changes nothing in the workbook and prepares no other screen.
    expect(commands.check).not.toHaveBeenCalled();
    expect(commands.prepareSeating).not.toHaveBeenCalled();
    expect(commands.rooms).not.toHaveBeenCalled();
    expect(commands.documents).not.toHaveBeenCalled();
    expect(commands.saveSettings).not.toHaveBeenCalled();
  });

  test("six tabs in a labelled tab list, each controlling the one panel, which is labelled by the tab shown", async () => {
    await renderReadPane();
    const tabs = within(screen.getByRole("tablist", { name: "Huiwu screens" })).getAllByRole("tab");
    expect(tabs).toHaveLength(6);
    TABS_EN.forEach((name, i) => expect(screen.getByRole("tab", { name })).toBe(tabs[i]));
    for (const name of TABS_EN) expect(screen.getByRole("tab", { name }).getAttribute("aria-controls")).toBe("huiwu-panel");
    expect(screen.getByRole("tabpanel", { name: "Overview" }).id).toBe("huiwu-panel");

    await openTab("Check");
    expect(await screen.findByRole("heading", { name: "Problems (8)" })).toBeTruthy();
    expect(selectedTab()).toBe("check");
    expect(screen.getByRole("tab", { name: "Overview" }).getAttribute("aria-selected")).toBe("false");
    expect(screen.getByRole("tabpanel", { name: "Check" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Problems (8)" })).toBeTruthy();
  });

  test("in a Chinese Office the whole pane is in Chinese", async () => {
    await renderReadPane({ lang: "zh" });
    expect(screen.getByRole("heading", { level: 1, name: "会务助手 · Spring Forum" })).toBeTruthy();
    expect(screen.getByRole("tablist", { name: "会务助手功能" })).toBeTruthy();
    for (const name of TABS_ZH) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByText("距开会还有 4 天")).toBeTruthy();
    expect(document.querySelector("main")?.getAttribute("lang")).toBe("zh-CN");
    expect(screen.queryByText(/days to go|Overview/)).toBeNull();
  });

  test("the planner's own language choice, kept in their prefs, wins over Office's", async () => {
    const prefs = memoryPrefs({ "huiwu.lang": "en" });
    const { commandsFor } = await renderReadPane({ lang: "zh", host: { prefs } });
    expect(screen.getByRole("tab", { name: "Overview" })).toBeTruthy();
    expect(document.querySelector("main")?.getAttribute("lang")).toBe("en");
    expect(commandsFor).toHaveBeenCalledWith("en");
    expect(commandsFor).not.toHaveBeenCalledWith("zh");
  });

  test("prefs that refuse every call (a locked-down webview) do not stop the pane", async () => {
    const prefs = refusingPrefs();
    const { commands } = await renderReadPane({ host: { prefs } });
    expect(prefs.getItem).toHaveBeenCalled();
    expect(screen.getByText("4 days to go")).toBeTruthy();
    expect(commands.review).toHaveBeenCalledTimes(1);
  });

  test("without prefs at all the pane opens in Office's language", async () => {
    await renderReadPane({ host: { prefs: undefined } });
    expect(screen.getByText("4 days to go")).toBeTruthy();
  });
});

describe("App: tabs with the keyboard", () => {
  // jsdom lays nothing out, and Fluent's arrow-key navigation (tabster) moves only to elements it can see.
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, "offsetParent", {
      configurable: true,
      get(this: HTMLElement) {
        return this.parentElement;
      },
    });
    jest
      .spyOn(document.body, "getBoundingClientRect")
      .mockReturnValue({ x: 0, y: 0, top: 0, left: 0, right: 320, bottom: 800, width: 320, height: 800 } as DOMRect);
  });
  afterEach(() => {
    delete (HTMLElement.prototype as { offsetParent?: unknown }).offsetParent;
    jest.restoreAllMocks();
  });

  const focused = () => document.activeElement?.getAttribute("value");
  async function press(key: string) {
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key });
      await new Promise((r) => setTimeout(r, 0));
    });
  }

  test("arrow keys move between the tabs (round the ends), Home and End to the first and last; a tab opens on Enter, not on focus", async () => {
    const { commands } = await renderReadPane();
    act(() => screen.getByRole("tab", { name: "Overview" }).focus());
    await press("ArrowRight");
    expect(focused()).toBe("check");
    await press("ArrowRight");
    expect(focused()).toBe("seating");
    // Moving focus past a tab does not open it: Seating would read the workbook.
    expect(selectedTab()).toBe("overview");
    expect(commands.prepareSeating).not.toHaveBeenCalled();
    await press("ArrowLeft");
    expect(focused()).toBe("check");
    await press("End");
    expect(focused()).toBe("settings");
    await press("ArrowRight");
    expect(focused()).toBe("overview");
    await press("ArrowLeft");
    expect(focused()).toBe("settings");
    await press("Home");
    expect(focused()).toBe("overview");
    await press("ArrowRight");
    expect(focused()).toBe("check");

    // Enter (or Space) on a focused tab is a click on its button: jsdom leaves that default action to the test.
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key: "Enter" });
      fireEvent.click(document.activeElement!);
    });
    expect(selectedTab()).toBe("check");
    expect(screen.getByRole("tabpanel", { name: "Check" })).toBeTruthy();
    expect(await screen.findByRole("heading", { name: "Problems (8)" })).toBeTruthy();
  });
});

describe("App: errors", () => {
  test("a failed read shows its title and message, never the stack; Check tries again and the findings come back", async () => {
    const { commands } = renderPane({ commands: { review: () => Promise.reject(failure("Sheet protection prevents reading")) } });
    const message = await screen.findByText("Sheet protection prevents reading");
    expect(message.closest("[role=alert]")).not.toBeNull();
    expect(screen.getByText("The workbook could not be read").closest("[role=alert]")).not.toBeNull();
    expect(document.body.textContent).not.toContain("officeGateway.ts");
    expect(screen.queryByText("Reading the workbook…")).toBeNull();
    expect(screen.getByRole("heading", { level: 1, name: "Huiwu – Meeting planner" })).toBeTruthy();

    await openTab("Check");
    const check = await screen.findByRole("button", { name: "Check" });
    expect(screen.getByText("Sheet protection prevents reading")).toBeTruthy();
    fireEvent.click(check);
    expect(await screen.findByRole("heading", { name: "Problems (8)" })).toBeTruthy();
    expect(commands.check).toHaveBeenCalledTimes(1);
    expect(screen.queryByText("Sheet protection prevents reading")).toBeNull();
  });

  test("a Chinese pane shows a gateway error's Chinese message", async () => {
    renderPane({ lang: "zh", commands: { review: () => Promise.reject(failure("This workbook cannot be read.", "无法读取此工作簿。")) } });
    expect(await screen.findByText("无法读取此工作簿。")).toBeTruthy();
    expect(screen.getByText("无法读取工作簿")).toBeTruthy();
    expect(screen.queryByText("This workbook cannot be read.")).toBeNull();
  });

  test("something thrown that is not an Error still gives a readable message", async () => {
    renderPane({ commands: { review: () => Promise.reject({ code: 42 }) } });
    expect(await screen.findByText("An unknown error occurred.")).toBeTruthy();
  });

  test("a failed go-to-cell (say the sheet was renamed) shows its message", async () => {
    await renderReadPane({ commands: { goToCell: () => Promise.reject(new Error("The requested resource doesn't exist.")) } });
    fireEvent.click(screen.getByRole("button", { name: "1 task overdue" }));
    expect(await screen.findByText("The requested resource doesn't exist.")).toBeTruthy();
    expect(screen.getByText("4 days to go")).toBeTruthy();
  });

  test("a failing command says it did not finish, with its own message in the pane's language, never a stack", async () => {
    const error = failure("The sheet “Room Allocation” belongs to someone else.", "工作表“住宿分配”不是本插件创建的。");
    await renderReadPane({ lang: "zh", commands: { rooms: () => Promise.reject(error) } });
    await openTab("住宿");
    fireEvent.click(await screen.findByRole("button", { name: "分配住宿" }));
    expect(await screen.findByText("工作表“住宿分配”不是本插件创建的。")).toBeTruthy();
    expect(screen.getByText("操作未完成").closest("[role=alert]")).not.toBeNull();
    expect(document.body.textContent).not.toContain("officeGateway.ts");
    expect(document.body.textContent).not.toContain("belongs to someone else");
  });

  test("a Check that cannot write says the command did not finish, and the findings read before stay", async () => {
    await renderReadPane({ commands: { check: () => Promise.reject(failure("The Issues sheet is protected.")) } });
    await openTab("Check");
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    expect(await screen.findByText("The Issues sheet is protected.")).toBeTruthy();
    expect(screen.getByText("The command did not finish")).toBeTruthy();
    expect(screen.queryByText("The workbook could not be read")).toBeNull();
    expect(screen.getByRole("heading", { name: "Problems (8)" })).toBeTruthy();
    expect(button("Check").disabled).toBe(false);
  });
});

describe("App: one command at a time", () => {
  test("while a command writes, the other tabs wait, so a second command cannot start halfway through the first", async () => {
    const rooms = deferred<typeof ROOMS>();
    await renderReadPane({ commands: { rooms: () => rooms.promise } });
    await openTab("Rooms");
    fireEvent.click(await screen.findByRole("button", { name: "Assign rooms" }));
    for (const name of ["Overview", "Check", "Seating", "Docs", "Settings"])
      expect((screen.getByRole("tab", { name }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("tab", { name: "Rooms" }) as HTMLButtonElement).disabled).toBe(false);

    await act(async () => rooms.resolve(ROOMS));
    expect(screen.getByTestId("rooms-result")).toBeTruthy();
    for (const name of TABS_EN) expect((screen.getByRole("tab", { name }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("with live re-check on, the findings are read again after a command writes (the host leaves the pane's own writes out)", async () => {
    const watch = fakeWatch();
    const { commands } = await renderReadPane({ host: { watchEdits: watch.watchEdits, prefs: memoryPrefs({ "huiwu.liveRecheck": "1" }) } });
    await openTab("Rooms");
    fireEvent.click(await screen.findByRole("button", { name: "Assign rooms" }));
    expect(await screen.findByTestId("rooms-result")).toBeTruthy();
    await waitFor(() => expect(commands.review).toHaveBeenCalledTimes(2));
    expect(commands.check).not.toHaveBeenCalled();
  });

  test("with it off, a command's result is all that changes: nothing is read again behind the planner's back", async () => {
    const { commands } = await renderReadPane();
    await openTab("Rooms");
    fireEvent.click(await screen.findByRole("button", { name: "Assign rooms" }));
    expect(await screen.findByTestId("rooms-result")).toBeTruthy();
    await act(async () => {});
    expect(commands.review).toHaveBeenCalledTimes(1);
  });
});

describe("App: live re-check", () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  /** The pane on its Check tab over a host that reports edits, with fake timers for the pause after them. */
  async function livePane(prefs: Prefs = memoryPrefs()) {
    const alert = jest.spyOn(window, "alert").mockImplementation(() => {});
    const confirm = jest.spyOn(window, "confirm").mockImplementation(() => true);
    const watch = fakeWatch();
    const pane = renderPane({ host: { watchEdits: watch.watchEdits, prefs } });
    await screen.findByText("4 days to go");
    await openTab("Check");
    await screen.findByRole("heading", { name: "Problems (8)" });
    // Only now: waiting for the lazy screen with fake timers would run the pause after edits too.
    jest.useFakeTimers();
    return { ...pane, prefs, watch, alert, confirm };
  }

  const liveSwitch = () => screen.getByRole("switch", { name: "Check again after edits" }) as HTMLInputElement;
  const wait = (ms: number) =>
    act(async () => {
      jest.advanceTimersByTime(ms);
    });

  test("off at first; switched on, a burst of edits is checked once, after the edits pause; nothing ever asks with a dialog", async () => {
    const { commands, prefs, watch, alert, confirm } = await livePane();
    expect(liveSwitch().checked).toBe(false);
    expect(watch.watchEdits).not.toHaveBeenCalled();
    expect(screen.queryByText(/update by themselves/)).toBeNull();

    await act(async () => {
      fireEvent.click(liveSwitch());
    });
    expect(liveSwitch().checked).toBe(true);
    expect(prefs.setItem).toHaveBeenCalledWith("huiwu.liveRecheck", "1");
    expect(watch.watchEdits).toHaveBeenCalledTimes(1);
    expect(watch.watching()).toBe(1);
    expect(screen.getByText(/When you or a co-author edit an input sheet, the findings here update by themselves/)).toBeTruthy();
    expect(commands.review).toHaveBeenCalledTimes(1);

    // A paste, a fill-down and a correction, each within the delay of the one before.
    act(() => watch.edit());
    await wait(500);
    act(() => watch.edit());
    await wait(RECHECK_DELAY_MS - 1);
    act(() => watch.edit(["Tasks"]));
    await wait(RECHECK_DELAY_MS - 1);
    expect(commands.review).toHaveBeenCalledTimes(1);
    await wait(1);
    expect(commands.review).toHaveBeenCalledTimes(2);
    await wait(RECHECK_DELAY_MS * 3);
    expect(commands.review).toHaveBeenCalledTimes(2);
    // Quiet: it writes nothing and the findings stay on screen.
    expect(commands.check).not.toHaveBeenCalled();
    expect(screen.getByRole("heading", { name: "Problems (8)" })).toBeTruthy();

    expect(alert).not.toHaveBeenCalled();
    expect(confirm).not.toHaveBeenCalled();
  });

  test("edits while a command writes do not start a re-check", async () => {
    const check = deferred<typeof CHECKED>();
    const { commands, watch } = await livePane(memoryPrefs({ "huiwu.liveRecheck": "1" }));
    commands.check.mockImplementation(() => check.promise);
    expect(liveSwitch().checked).toBe(true);
    expect(watch.watching()).toBe(1);

    fireEvent.click(button("Check"));
    act(() => watch.edit());
    await wait(RECHECK_DELAY_MS * 2);
    expect(commands.review).toHaveBeenCalledTimes(1);
    await act(async () => check.resolve(CHECKED));
    expect(screen.getByText(/The findings are also on the Issues sheet/)).toBeTruthy();
    await wait(RECHECK_DELAY_MS * 2);
    expect(commands.review).toHaveBeenCalledTimes(1);

    // Once the command is done, edits are checked again.
    act(() => watch.edit());
    await wait(RECHECK_DELAY_MS);
    expect(commands.review).toHaveBeenCalledTimes(2);
  });

  test("switched off, the pane stops watching (and says so in prefs); later edits are left alone", async () => {
    const { commands, prefs, watch } = await livePane(memoryPrefs({ "huiwu.liveRecheck": "1" }));
    expect(watch.watchEdits).toHaveBeenCalledTimes(1);
    await act(async () => {
      fireEvent.click(liveSwitch());
    });
    expect(liveSwitch().checked).toBe(false);
    expect(watch.stop).toHaveBeenCalledTimes(1);
    expect(watch.watching()).toBe(0);
    expect(prefs.setItem).toHaveBeenLastCalledWith("huiwu.liveRecheck", "0");
    act(() => watch.edit());
    await wait(RECHECK_DELAY_MS * 2);
    expect(commands.review).toHaveBeenCalledTimes(1);
  });

  test("an edit already waiting when the switch goes off is not checked", async () => {
    const { commands, watch } = await livePane(memoryPrefs({ "huiwu.liveRecheck": "1" }));
    act(() => watch.edit());
    await wait(RECHECK_DELAY_MS / 2);
    await act(async () => {
      fireEvent.click(liveSwitch());
    });
    await wait(RECHECK_DELAY_MS * 2);
    expect(commands.review).toHaveBeenCalledTimes(1);
  });

  test("closing the pane stops watching", async () => {
    const { unmount, watch } = await livePane(memoryPrefs({ "huiwu.liveRecheck": "1" }));
    unmount();
    expect(watch.stop).toHaveBeenCalledTimes(1);
  });

  test("a re-check that fails keeps the findings on screen and shows why above them", async () => {
    const { commands, watch } = await livePane(memoryPrefs({ "huiwu.liveRecheck": "1" }));
    commands.review.mockRejectedValueOnce(failure("The workbook is busy (a cell is being edited)."));
    act(() => watch.edit());
    await wait(RECHECK_DELAY_MS);
    expect(screen.getByText("The workbook is busy (a cell is being edited).")).toBeTruthy();
    expect(screen.getByText("The workbook could not be read")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Problems (8)" })).toBeTruthy();
  });

  test("with prefs that refuse, the switch still works for the session", async () => {
    const { commands, watch } = await livePane(refusingPrefs());
    await act(async () => {
      fireEvent.click(liveSwitch());
    });
    expect(liveSwitch().checked).toBe(true);
    act(() => watch.edit());
    await wait(RECHECK_DELAY_MS);
    expect(commands.review).toHaveBeenCalledTimes(2);
  });

  test("a host that cannot watch edits shows no switch", async () => {
    await renderReadPane({ host: { watchEdits: undefined } });
    await openTab("Check");
    expect(await screen.findByRole("button", { name: "Check" })).toBeTruthy();
    expect(screen.queryByRole("switch")).toBeNull();
    expect(screen.queryByText("Check again after edits")).toBeNull();
    expect(button("Check")).toBeTruthy();
  });
});
