import type { CellValue } from "../../../../src/core/cellValue";
import { roomMixedGender } from "../../../../src/core/rules/travel/roomMixedGender";
import { brief, check } from "../ruleHarness";
import { EVENT, EVENT_EN, withSetting } from "./fixtures";

const HEAD = ["姓名", "性别", "回执", "抵达时间", "返程时间", "酒店", "房号", "同住人"];
const guest = (
  name: string,
  gender: string,
  room: string,
  mate = "",
  stay: [string, string] = ["2026-12-09 15:00", "2026-12-11 18:00"],
) => [name, gender, "已确认", stay[0], stay[1], "滨江国际酒店", room, mate];
const run = (...rows: CellValue[][]) => check(roomMixedGender, { 会议信息: EVENT, 参会人员: [HEAD, ...rows] });

describe("travel.room-mixed-gender", () => {
  it("is an error at the room cell of the first guest of the other gender", () => {
    const f = run(guest("张伟", "男", "1208"), guest("李强", "男", "1210"), guest("李娜", "女", "1208"));
    expect(brief(f)).toEqual(["error 参会人员!G4 travel.room-mixed-gender"]);
    expect(f[0].message.zh).toBe("滨江国际酒店1208房12月9日晚男女同住：张伟（男）、李娜（女）。");
    expect(f[0].message.en).toBe("滨江国际酒店 room 1208 has men and women together on the night of 9 Dec: 张伟 (M), 李娜 (F).");
  });

  it("is only a warning for two guests who asked for each other", () => {
    const f = run(guest("张伟", "男", "1208", "李娜"), guest("李娜", "女", "1208", "张伟"));
    expect(brief(f)).toEqual(["warning 参会人员!G3 travel.room-mixed-gender"]);
    expect(f[0].message.zh).toBe("滨江国际酒店1208房12月9日晚男女同住：张伟（男）、李娜（女），两人互填为同住人。");
    expect(f[0].fix?.zh).toContain("家属");
  });

  it("passes one-gender rooms, guests on different nights, a guest of unknown gender and people not coming", () => {
    const rows = [
      guest("张伟", "男", "1208"),
      guest("李强", "男", "1208"),
      guest("李娜", "女", "1501", "", ["2026-12-09 15:00", "2026-12-10 12:00"]),
      guest("王刚", "男", "1501", "", ["2026-12-10 15:00", "2026-12-11 18:00"]),
      guest("Sam Lee", "", "1602"),
      guest("王芳", "女", "1602"),
      ["刘洋", "男", "取消", "2026-12-09 15:00", "2026-12-11 18:00", "滨江国际酒店", "1602", ""],
    ];
    expect(run(...rows)).toEqual([]);
  });

  it("reads English headers and values", () => {
    const en = [
      ["Name", "Gender", "Arrival", "Departure", "Hotel", "Room"],
      ["Mark Green", "Male", "2026-12-09 15:00", "2026-12-11 18:00", "Riverside Hotel", "101"],
      ["Mei Ellis", "Female", "2026-12-09 15:00", "2026-12-11 18:00", "riverside hotel", "101"],
    ];
    expect(brief(check(roomMixedGender, { Event: EVENT_EN, Roster: en }))).toEqual(["error Roster!F3 travel.room-mixed-gender"]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = withSetting(EVENT, "关闭的规则", "travel.room-mixed-gender");
    expect(check(roomMixedGender, { 会议信息: off, 参会人员: [HEAD, guest("张伟", "男", "1208"), guest("李娜", "女", "1208")] })).toEqual(
      [],
    );
  });

  it("without a gender column says once that the check did not run", () => {
    const rows = [HEAD, guest("张伟", "男", "1208")].map((r) => [r[0], ...r.slice(2)]);
    expect(brief(check(roomMixedGender, { 会议信息: EVENT, 参会人员: rows }))).toEqual(["info 参会人员!H1 rules.missing-column"]);
  });
});
