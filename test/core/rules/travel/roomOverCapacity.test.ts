import type { CellValue } from "../../../../src/core/cellValue";
import { roomOverCapacity } from "../../../../src/core/rules/travel/roomOverCapacity";
import { brief, check } from "../ruleHarness";
import { EVENT, withSetting } from "./fixtures";

const hotels = [
  ["酒店", "房型", "房间数", "床位"],
  ["滨江国际酒店", "标准间", 20, 2],
  ["滨江国际酒店", "大床房", 10, 1],
  ["市迎宾馆", "标准间", 20, 2],
];

const HEAD = ["姓名", "性别", "回执", "抵达时间", "返程时间", "酒店", "房型", "房号"];
const guest = (
  name: string,
  hotel: string,
  type: string,
  room: string,
  stay: [string, string] = ["2026-12-09 15:00", "2026-12-11 18:00"],
) => [name, "男", "已确认", stay[0], stay[1], hotel, type, room];
const run = (...rows: CellValue[][]) => check(roomOverCapacity, { 会议信息: EVENT, 参会人员: [HEAD, ...rows], 酒店: hotels });

describe("travel.room-over-capacity", () => {
  it("is an error at the room cell of the guest who does not fit", () => {
    const f = run(
      guest("张伟", "滨江国际酒店", "标准间", "1208"),
      guest("李强", "滨江国际酒店", "标准间", "1208"),
      guest("王刚", "滨江国际酒店", "标准间", "1208"),
    );
    expect(brief(f)).toEqual(["error 参会人员!H4 travel.room-over-capacity"]);
    expect(f[0].message.zh).toBe("滨江国际酒店1208房（标准间，2个床位）12月9日晚安排了3人：张伟、李强、王刚。");
    expect(f[0].message.en).toBe("滨江国际酒店 room 1208 (标准间, 2 beds) has 3 guests on the night of 9 Dec: 张伟, 李强, 王刚.");
  });

  it("counts a single room's one bed", () => {
    const f = run(guest("张伟", "滨江国际酒店", "大床房", "1501"), guest("李强", "滨江国际酒店", "大床房", "1501"));
    expect(brief(f)).toEqual(["error 参会人员!H3 travel.room-over-capacity"]);
  });

  it("passes a full room, the same number in another hotel, and guests on different nights", () => {
    const rows = [
      guest("张伟", "滨江国际酒店", "标准间", "1208"),
      guest("李强", "滨江国际酒店", "标准间", "1208"),
      guest("王刚", "市迎宾馆", "标准间", "1208"),
      guest("刘洋", "滨江国际酒店", "大床房", "1501", ["2026-12-09 15:00", "2026-12-10 12:00"]),
      guest("朱光", "滨江国际酒店", "大床房", "1501", ["2026-12-10 15:00", "2026-12-11 18:00"]),
    ];
    expect(run(...rows)).toEqual([]);
  });

  it("leaves out people not coming and rooms of a type without beds on the Hotels sheet", () => {
    const cancelled = ["李强", "男", "取消", "2026-12-09 15:00", "2026-12-11 18:00", "滨江国际酒店", "大床房", "1501"];
    expect(run(guest("张伟", "滨江国际酒店", "大床房", "1501"), cancelled)).toEqual([]);
    expect(
      run(
        guest("张伟", "锦华大酒店", "标准间", "1"),
        guest("李强", "锦华大酒店", "标准间", "1"),
        guest("王刚", "锦华大酒店", "标准间", "1"),
      ),
    ).toEqual([]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = withSetting(EVENT, "关闭的规则", "travel.room-over-capacity");
    const rows = [HEAD, guest("张伟", "滨江国际酒店", "大床房", "1501"), guest("李强", "滨江国际酒店", "大床房", "1501")];
    expect(check(roomOverCapacity, { 会议信息: off, 参会人员: rows, 酒店: hotels })).toEqual([]);
  });

  it("without a room column says once that the check did not run", () => {
    const rows = [HEAD, guest("张伟", "滨江国际酒店", "大床房", "1501")].map((r) => r.slice(0, 7));
    expect(brief(check(roomOverCapacity, { 会议信息: EVENT, 参会人员: rows, 酒店: hotels }))).toEqual([
      "info 参会人员!H1 rules.missing-column",
    ]);
  });
});
