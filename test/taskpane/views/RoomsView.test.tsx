/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { RoomsSummary } from "../../../src/app/roomsSummary";
import type { PaneCommands } from "../../../src/taskpane/paneCommands";
import { ROOMS } from "../paneFixtures";
import { button, deferred, openTab, renderReadPane } from "../renderPane";

async function roomsTab(lang: "zh" | "en", rooms?: PaneCommands["rooms"]) {
  const pane = await renderReadPane({ lang, commands: rooms ? { rooms } : {} });
  await openTab(lang === "zh" ? "住宿" : "Rooms");
  await screen.findByRole("button", { name: lang === "zh" ? "分配住宿" : "Assign rooms" });
  return pane;
}

describe("Rooms", () => {
  test("opening the tab changes nothing; it says what Assign rooms will do", async () => {
    const { commands } = await roomsTab("en");
    expect(screen.getByText(/^Puts everyone who needs a hotel into rooms/)).toBeTruthy();
    expect(commands.rooms).not.toHaveBeenCalled();
  });

  test("shows rooms per hotel, the people housed and each person without a room, linked to the cell to fix", async () => {
    const rooms = deferred<RoomsSummary>();
    const { commands } = await roomsTab("zh", () => rooms.promise);
    fireEvent.click(button("分配住宿"));
    expect(screen.getByText("正在分配住宿…")).toBeTruthy();
    expect(button("分配住宿").disabled).toBe(true);
    await act(async () => rooms.resolve(ROOMS));

    expect(screen.queryByText("正在分配住宿…")).toBeNull();
    const result = within(screen.getByTestId("rooms-result"));
    expect(result.getByRole("heading", { name: "住宿分配" })).toBeTruthy();
    expect(screen.getByTestId("rooms-result").textContent).toContain("已写入工作表：“住宿分配”");
    expect(result.getByText("已安排 53 人入住，1 人无法安排")).toBeTruthy();
    expect(result.getByText("滨江国际酒店：30 间房，52 人（另留机动房 1 间）")).toBeTruthy();
    expect(result.getByText("站前宾馆：1 间房，1 人")).toBeTruthy();
    expect(result.getByText("无法安排住宿（1）")).toBeTruthy();
    expect(result.getByText(ROOMS.unplaced[0].message.zh)).toBeTruthy();
    expect(result.getByText("注意")).toBeTruthy();
    expect(result.getByText(ROOMS.notices[0].zh)).toBeTruthy();
    fireEvent.click(result.getByRole("button", { name: "转到 '参会人员'!U20" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("参会人员", "U20");
    fireEvent.click(result.getByRole("button", { name: "打开“住宿分配”" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("住宿分配", "A1");
    expect(commands.rooms).toHaveBeenCalledTimes(1);
    expect(button("分配住宿").disabled).toBe(false);
  });

  test("in English, and with everyone placed", async () => {
    await roomsTab("en", async () => ({ ...ROOMS, unplaced: [], notices: [] }));
    fireEvent.click(button("Assign rooms"));
    expect(await screen.findByText("53 people housed, everyone placed")).toBeTruthy();
    expect(screen.getByTestId("rooms-result").textContent).toContain("Written: 住宿分配");
    expect(screen.getByText("滨江国际酒店: 30 rooms, 52 people (plus 1 spare)")).toBeTruthy();
    expect(screen.getByText("站前宾馆: 1 room, 1 person")).toBeTruthy();
    expect(screen.queryByText(/^Not placed/)).toBeNull();
    expect(screen.queryByText("Notes")).toBeNull();
  });

  test("settings that cannot be read are listed with their cells", async () => {
    const problem = {
      id: "settings.invalid",
      severity: "warning" as const,
      sheet: "Event",
      cell: "B25",
      message: { zh: "“机动房”的值无法识别，沿用默认值。", en: "The value of “Spare rooms” is not recognised; the default is used." },
    };
    const { commands } = await roomsTab("en", async () => ({ ...ROOMS, problems: [problem] }));
    fireEvent.click(button("Assign rooms"));
    expect(await screen.findByText("Problems (1)")).toBeTruthy();
    expect(screen.getByText(problem.message.en)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Go to Event!B25" }));
    expect(commands.goToCell).toHaveBeenLastCalledWith("Event", "B25");
  });

  test("a failure says the command did not finish, with the error's own message; the button works again", async () => {
    await roomsTab("en", () => Promise.reject(new Error("The workbook is read-only.")));
    fireEvent.click(button("Assign rooms"));
    expect(await screen.findByText("The workbook is read-only.")).toBeTruthy();
    expect(screen.getByText("The command did not finish")).toBeTruthy();
    expect(screen.queryByTestId("rooms-result")).toBeNull();
    expect(button("Assign rooms").disabled).toBe(false);
  });
});
