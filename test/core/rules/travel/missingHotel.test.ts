import { missingHotel } from "../../../../src/core/rules/travel/missingHotel";
import { brief, check } from "../ruleHarness";
import { EVENT, EVENT_EN, withSetting } from "./fixtures";

const roster = [
  ["姓名", "单位", "回执", "需住宿", "酒店"],
  ["王鑫超", "临江县人民政府", "已确认", "是", ""],
  ["于红", "青山县人民政府", "待确认", "是", ""],
  ["刘月", "云溪县人民政府", "请假", "是", ""],
  ["张珊", "白沙县人民政府", "取消", "是", ""],
  ["李娜", "市财政局", "已确认", "否", ""],
  ["朱光", "东湖县人民政府", "已确认", "是", "滨江国际酒店"],
  ["马丹慧", "市教育局", "", "是", ""],
];

describe("travel.missing-hotel", () => {
  it("is an error for confirmed people who need a hotel and have none, a warning while the reply is pending", () => {
    const f = check(missingHotel, { 会议信息: EVENT, 参会人员: roster });
    expect(brief(f)).toEqual([
      "error 参会人员!E2 travel.missing-hotel",
      "warning 参会人员!E3 travel.missing-hotel",
      "warning 参会人员!E8 travel.missing-hotel",
    ]);
    expect(f[0].message.zh).toBe("王鑫超（临江县人民政府）需要住宿，但还没有安排酒店。");
    expect(f[1].message.zh).toBe("于红（青山县人民政府）需要住宿（回执尚未确认），但还没有安排酒店。");
    expect(f[0].fix?.zh).toContain("需住宿");
  });

  it("ignores people on leave or cancelled, people who need no hotel and people with one", () => {
    const fine = [roster[0], ...roster.slice(3, 7)];
    expect(check(missingHotel, { 会议信息: EVENT, 参会人员: fine })).toEqual([]);
  });

  it("reads English headers and values", () => {
    const en = [
      ["Name", "Organisation", "Status", "Needs hotel", "Hotel"],
      ["Jane Cook", "Kendal Town Council", "Confirmed", "Yes", ""],
      ["Liam Davis", "Dublin City Council", "Confirmed", "No", ""],
    ];
    const f = check(missingHotel, { Event: EVENT_EN, Roster: en });
    expect(brief(f)).toEqual(["error Roster!E2 travel.missing-hotel"]);
    expect(f[0].message.en).toBe("Jane Cook (Kendal Town Council) needs a hotel but has none.");
  });

  it("can be switched off on the Event sheet", () => {
    const off = withSetting(EVENT, "关闭的规则", "travel.missing-hotel");
    expect(check(missingHotel, { 会议信息: off, 参会人员: roster })).toEqual([]);
  });

  it("without a hotel column says once that the check did not run", () => {
    const noHotel = roster.map((r) => r.slice(0, 4));
    expect(brief(check(missingHotel, { 会议信息: EVENT, 参会人员: noHotel }))).toEqual(["info 参会人员!E1 rules.missing-column"]);
  });
});
