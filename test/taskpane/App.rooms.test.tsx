/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { RoomsSummary } from "../../src/app/roomsSummary";
import type { Lang } from "../../src/core/i18n";
import { App, type AppProps } from "../../src/taskpane/App";

const SUMMARY: RoomsSummary = {
  sheetsWritten: ["住宿分配"],
  hotels: [
    { hotel: "滨江国际酒店", rooms: 30, spare: 1, people: 52 },
    { hotel: "站前宾馆", rooms: 1, spare: 0, people: 1 },
  ],
  housed: 53,
  unplaced: [
    {
      id: "rooms.unplaced.noHotel",
      severity: "warning",
      sheet: "参会人员",
      cell: "U20",
      message: {
        zh: "张伟（市财政局）需住宿，但未填酒店（同住人和随行对象也没有酒店可参照）。",
        en: "Zhang Wei (Finance Bureau) needs a hotel, but none is named (nor one of a roommate or leader to follow).",
      },
    },
  ],
  notices: [
    {
      zh: "滨江国际酒店12月9日晚预留房间不足，已少留机动房。",
      en: "Fewer spare rooms are kept at 滨江国际酒店 on 9 December: the block is nearly full.",
    },
  ],
  problems: [],
};

function renderApp(lang: Lang, runRooms: AppProps["runRooms"], goToCell = jest.fn(async () => {})) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        lang={lang}
        loadSummary={jest.fn()}
        runCheck={jest.fn()}
        runSeat={jest.fn()}
        runRooms={runRooms}
        runDocuments={jest.fn()}
        goToCell={goToCell}
      />
    </FluentProvider>,
  );
  return { goToCell };
}

describe("App: Assign rooms", () => {
  test("shows rooms per hotel, the people housed and each person without a room, linked to the cell to fix", async () => {
    let finish!: (s: RoomsSummary) => void;
    const runRooms = jest.fn(() => new Promise<RoomsSummary>((resolve) => (finish = resolve)));
    const { goToCell } = renderApp("zh", runRooms);
    fireEvent.click(screen.getByRole("button", { name: "分配住宿" }));
    expect(screen.getByText("正在分配住宿…")).toBeTruthy();
    expect((screen.getByRole("button", { name: "排座次" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish(SUMMARY));

    expect(await screen.findByText("已写入工作表：“住宿分配”")).toBeTruthy();
    expect(screen.getByText("已安排 53 人入住，1 人无法安排")).toBeTruthy();
    expect(screen.getByText("滨江国际酒店：30 间房，52 人（另留机动房 1 间）")).toBeTruthy();
    expect(screen.getByText("站前宾馆：1 间房，1 人")).toBeTruthy();
    expect(screen.getByText("无法安排住宿（1）")).toBeTruthy();
    expect(screen.getByText(SUMMARY.unplaced[0].message.zh)).toBeTruthy();
    expect(screen.getByText(SUMMARY.notices[0].zh)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "转到 '参会人员'!U20" }));
    expect(goToCell).toHaveBeenCalledWith("参会人员", "U20");
    expect(runRooms).toHaveBeenCalledTimes(1);
  });

  test("in English, and with everyone placed", async () => {
    renderApp("en", async () => ({ ...SUMMARY, unplaced: [], notices: [] }));
    fireEvent.click(screen.getByRole("button", { name: "Assign rooms" }));
    expect(await screen.findByText("53 people housed, everyone placed")).toBeTruthy();
    expect(screen.getByText("Written: 住宿分配")).toBeTruthy();
    expect(screen.getByText("滨江国际酒店: 30 rooms, 52 people (plus 1 spare)")).toBeTruthy();
    expect(screen.getByText("站前宾馆: 1 room, 1 person")).toBeTruthy();
    expect(screen.queryByText(/^Not placed/)).toBeNull();
  });

  test("a failure says the command did not finish, with the error's own message", async () => {
    renderApp("en", () => Promise.reject(new Error("The workbook is read-only.")));
    fireEvent.click(screen.getByRole("button", { name: "Assign rooms" }));
    expect(await screen.findByText("The workbook is read-only.")).toBeTruthy();
    expect(screen.getByText("The command did not finish")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Assign rooms" }) as HTMLButtonElement).disabled).toBe(false);
  });
});
