/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { PaneCommands } from "../../../src/taskpane/paneCommands";
import { REVIEW, SETTINGS } from "../paneFixtures";
import { button, memoryPrefs, openTab, refusingPrefs, renderPane, type Prefs } from "../renderPane";

async function settingsTab(lang: "zh" | "en" = "en", commands: Partial<PaneCommands> = {}, prefs: Prefs = memoryPrefs()) {
  const pane = renderPane({ lang, commands, host: { prefs } });
  await screen.findByRole("heading", { level: 1, name: /·/ });
  await openTab(lang === "zh" ? "设置" : "Settings");
  await screen.findByRole("heading", { name: lang === "zh" ? "检查规则" : "Check rules" });
  return { ...pane, prefs };
}

const field = (name: string) => screen.getByRole("textbox", { name }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });

async function choose(dropdown: string | RegExp, option: string) {
  fireEvent.click(screen.getByRole("combobox", { name: dropdown }));
  await act(async () => {
    fireEvent.click(await screen.findByRole("option", { name: option }));
  });
}

describe("Settings: the Event sheet's settings", () => {
  test("each shows what the Event sheet says, or the default as a placeholder, with a link to its cell", async () => {
    const { commands } = await settingsTab();
    expect(screen.getByText(/^These settings live on the Event sheet, so everyone sharing this workbook/)).toBeTruthy();
    for (const heading of ["Check rules", "Rostrum and tables", "Rooms"])
      expect(screen.getByRole("heading", { name: heading })).toBeTruthy();

    expect(field("VIP confirm error days").value).toBe("5");
    expect(field("Budget tolerance").value).toBe("");
    expect(field("Budget tolerance").placeholder).toBe("Default 10");
    expect(field("Cost per person per day cap").placeholder).toBe("No limit");
    expect(field("Spare rooms").placeholder).toBe("Default 1");
    expect(screen.getByRole("combobox", { name: /^Seating convention/ }).textContent).toContain("Chinese");
    const couples = screen.getByRole("switch", { name: /^Mixed-gender roommates/ }) as HTMLInputElement;
    expect(couples.checked).toBe(false);
    expect(within(couples.closest(".fui-Switch") as HTMLElement).getByText("No")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Cell B20" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("Event", "B20");
    fireEvent.click(screen.getByRole("button", { name: "Cell B8" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("Event", "B8");
    expect(screen.getAllByRole("button", { name: /^Cell / })).toHaveLength(2);

    expect(button("Save settings").disabled).toBe(true);
    expect(commands.saveSettings).not.toHaveBeenCalled();
  });

  test("typing 20 in Budget tolerance saves 20 %, then says where and reads the workbook again", async () => {
    const { commands } = await settingsTab();
    type("Budget tolerance", "20");
    expect(button("Save 1 setting").disabled).toBe(false);
    fireEvent.click(button("Save 1 setting"));
    expect(await screen.findByText("Saved on Event: B21")).toBeTruthy();
    expect(commands.saveSettings).toHaveBeenCalledTimes(1);
    expect(commands.saveSettings).toHaveBeenCalledWith({ budgetTolerance: 0.2 });
    await waitFor(() => expect(commands.review).toHaveBeenCalledTimes(2));
    // A settings save is no Check: nothing else is written.
    expect(commands.check).not.toHaveBeenCalled();
    expect(button("Save settings").disabled).toBe(true);
  });

  test("a percentage may be typed with its sign; a value emptied goes back to the default", async () => {
    const { commands } = await settingsTab();
    type("Budget tolerance", "7.5%");
    type("VIP confirm error days", "");
    fireEvent.click(button("Save 2 settings"));
    expect(await screen.findByText(/^Saved on Event/)).toBeTruthy();
    expect(commands.saveSettings).toHaveBeenCalledWith({ budgetTolerance: 0.075, vipErrorDays: null });
  });

  test("typing what the sheet already says is no change", async () => {
    await settingsTab();
    type("VIP confirm error days", "5");
    expect(button("Save settings").disabled).toBe(true);
  });

  test("a choice and a switch", async () => {
    const { commands } = await settingsTab();
    await choose(/^Seating convention/, "International");
    fireEvent.click(screen.getByRole("switch", { name: /^Mixed-gender roommates/ }));
    expect(
      within(screen.getByRole("switch", { name: /^Mixed-gender roommates/ }).closest(".fui-Switch") as HTMLElement).getByText("Yes"),
    ).toBeTruthy();
    fireEvent.click(button("Save 2 settings"));
    expect(await screen.findByText(/^Saved on Event/)).toBeTruthy();
    expect(commands.saveSettings).toHaveBeenCalledWith({ seatingConvention: "international", mixedGenderPairs: true });
  });

  test("an entry that cannot be the setting shows what is expected and keeps Save off until it is put right", async () => {
    const { commands } = await settingsTab();
    type("Budget tolerance", "20");
    type("VIP confirm error days", "abc");
    expect(screen.getByText("Enter a whole number, 0 or more.")).toBeTruthy();
    expect(field("VIP confirm error days").getAttribute("aria-invalid")).toBe("true");
    expect(button(/^Save/).disabled).toBe(true);
    type("VIP confirm error days", "2.5");
    expect(screen.getByText("Enter a whole number, 0 or more.")).toBeTruthy();
    type("VIP confirm error days", "-1");
    expect(button(/^Save/).disabled).toBe(true);

    type("VIP confirm error days", "4");
    expect(screen.queryByText("Enter a whole number, 0 or more.")).toBeNull();
    type("Budget tolerance", "ten");
    expect(screen.getByText("Enter a percentage, such as 10.")).toBeTruthy();
    type("Budget tolerance", "20");
    type("Cost per person per day cap", "-800");
    expect(screen.getByText("Enter an amount, such as 800.")).toBeTruthy();
    type("Cost per person per day cap", "800");
    fireEvent.click(button("Save 3 settings"));
    expect(await screen.findByText(/^Saved on Event/)).toBeTruthy();
    expect(commands.saveSettings).toHaveBeenCalledWith({ budgetTolerance: 0.2, vipErrorDays: 4, costPerPersonDayCap: 800 });
  });

  test("a save that fails says the command did not finish, and keeps what was typed to try again", async () => {
    const saveSettings = jest
      .fn<ReturnType<PaneCommands["saveSettings"]>, Parameters<PaneCommands["saveSettings"]>>()
      .mockRejectedValueOnce(new Error("The Event sheet is protected."))
      .mockResolvedValueOnce({ sheet: "Event", cells: ["B21"] });
    const { commands } = await settingsTab("en", { saveSettings });
    type("Budget tolerance", "20");
    fireEvent.click(button("Save 1 setting"));
    expect(await screen.findByText("The Event sheet is protected.")).toBeTruthy();
    expect(screen.getByText("The command did not finish")).toBeTruthy();
    expect(screen.queryByText(/^Saved on/)).toBeNull();
    expect(field("Budget tolerance").value).toBe("20");
    expect(commands.review).toHaveBeenCalledTimes(1);

    fireEvent.click(button("Save 1 setting"));
    expect(await screen.findByText("Saved on Event: B21")).toBeTruthy();
    expect(screen.queryByText("The command did not finish")).toBeNull();
  });

  test("without an Event sheet nothing can be kept, and the pane says how to get one", async () => {
    await settingsTab("en", {
      review: async () => ({ ...REVIEW, settings: { sheet: null, fields: SETTINGS.fields.map(({ cell: _, ...f }) => f) } }),
    });
    expect(screen.getByText(/^This workbook has no Event sheet/)).toBeTruthy();
    type("Budget tolerance", "20");
    expect(button("Save 1 setting").disabled).toBe(true);
    expect(screen.queryByRole("button", { name: /^Cell / })).toBeNull();
  });

  test("the columns understood are listed, with how to correct one", async () => {
    await settingsTab();
    expect(screen.getByRole("heading", { name: "Columns understood" })).toBeTruthy();
    expect(screen.getByText(/rename its header to the standard name shown/)).toBeTruthy();
    expect(screen.getByTestId("input-roster").textContent).toContain('Organisation ← "2、您的工作单位："');
  });

  test("in Chinese", async () => {
    const { commands } = await settingsTab("zh");
    expect(field("超支容差").placeholder).toBe("默认 10");
    expect(field("人均每天费用上限").placeholder).toBe("不限");
    type("VIP确认报错天数", "三");
    expect(screen.getByText("请填写不小于 0 的整数。")).toBeTruthy();
    type("VIP确认报错天数", "5");
    type("超支容差", "20");
    fireEvent.click(button("保存 1 项设置"));
    expect(await screen.findByText("已保存到“Event”：B21")).toBeTruthy();
    expect(commands.saveSettings).toHaveBeenCalledWith({ budgetTolerance: 0.2 });
  });
});

describe("Settings: the pane's language", () => {
  test("switches the whole pane at once, is kept in the planner's prefs, and Follow Office clears it", async () => {
    const { commands, commandsFor, prefs } = await settingsTab("en");
    expect(screen.getByRole("combobox", { name: /^Pane language/ }).textContent).toContain("Follow Office");
    await choose(/^Pane language/, "中文");
    expect(prefs.setItem).toHaveBeenCalledWith("huiwu.lang", "zh");
    expect(commandsFor).toHaveBeenLastCalledWith("zh");
    for (const name of ["概览", "检查", "座次", "住宿", "文档", "设置"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "设置" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("heading", { name: "语言" })).toBeTruthy();
    expect(document.querySelector("main")?.getAttribute("lang")).toBe("zh-CN");
    // The workbook is read again in that language: every screen's text follows.
    expect(await screen.findByRole("heading", { name: "检查规则" })).toBeTruthy();
    expect(field("超支容差")).toBeTruthy();
    expect(commands.review).toHaveBeenCalledTimes(2);
    expect(screen.queryByText("Budget tolerance")).toBeNull();

    await choose(/^任务窗格语言/, "跟随 Office");
    expect(prefs.setItem).toHaveBeenLastCalledWith("huiwu.lang", "");
    expect(screen.getByRole("tab", { name: "Settings" })).toBeTruthy();
    expect(commandsFor).toHaveBeenLastCalledWith("en");
    expect(await screen.findByRole("heading", { name: "Check rules" })).toBeTruthy();
  });

  test("a choice kept from before opens the pane in that language, and Follow Office goes back to Office's", async () => {
    const prefs = memoryPrefs({ "huiwu.lang": "zh" });
    renderPane({ lang: "en", host: { prefs } });
    await screen.findByRole("heading", { level: 1, name: "会务助手 · Spring Forum" });
    await openTab("设置");
    expect((await screen.findByRole("combobox", { name: /^任务窗格语言/ })).textContent).toContain("中文");
    await choose(/^任务窗格语言/, "跟随 Office");
    expect(prefs.setItem).toHaveBeenCalledWith("huiwu.lang", "");
    expect(screen.getByRole("tab", { name: "Overview" })).toBeTruthy();
  });

  test("prefs that refuse do not break it: the language changes for this session", async () => {
    const prefs = refusingPrefs();
    await settingsTab("en", {}, prefs);
    await choose(/^Pane language/, "中文");
    expect(prefs.setItem).toHaveBeenCalled();
    expect(screen.getByRole("tab", { name: "设置" })).toBeTruthy();
    expect(await screen.findByRole("heading", { name: "检查规则" })).toBeTruthy();
  });

  test("the language can be changed even when the workbook cannot be read", async () => {
    renderPane({ commands: { review: () => Promise.reject(new Error("This workbook cannot be read.")) } });
    expect(await screen.findByText("This workbook cannot be read.")).toBeTruthy();
    await openTab("Settings");
    await choose(/^Pane language/, "中文");
    expect(screen.getByRole("tab", { name: "设置" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "检查规则" })).toBeNull();
  });
});
