import { unknownHotel } from "../../../../src/core/rules/travel/unknownHotel";
import { brief, check } from "../ruleHarness";
import { EVENT, withSetting } from "./fixtures";

const hotels = [
  ["酒店", "房型", "房间数", "床位"],
  ["滨江国际酒店", "标准间", 10, 2],
  ["滨江国际酒店", "大床房", 8, 1],
  ["Riverside Hotel", "Twin", 5, 2],
];

const roster = [
  ["姓名", "单位", "回执", "酒店"],
  ["于红", "临江县人民政府", "已确认", "如家酒店（火车站店）"],
  ["朱光", "青山县人民政府", "已确认", "滨江 国际酒店"],
  ["Jane Cook", "Kendal Town Council", "Confirmed", "riverside  hotel"],
  ["刘月", "云溪县人民政府", "取消", "锦华大酒店"],
  ["马丹慧", "东湖县人民政府", "已确认", ""],
];

describe("travel.unknown-hotel", () => {
  it("warns about a hotel the Hotels sheet does not list, at the roster's hotel cell", () => {
    const f = check(unknownHotel, { 会议信息: EVENT, 参会人员: roster, 酒店: hotels });
    expect(brief(f)).toEqual(["warning 参会人员!D2 travel.unknown-hotel"]);
    expect(f[0].message.zh).toBe("于红（临江县人民政府）的酒店“如家酒店（火车站店）”不在“酒店”表中。");
    expect(f[0].message.en).toBe('于红 (临江县人民政府) is booked at "如家酒店（火车站店）", which is not on the "酒店" sheet.');
  });

  it("keeps a building or branch in brackets apart from the main hotel", () => {
    const annex = [roster[0], ["朱光", "青山县人民政府", "已确认", "滨江国际酒店（2号楼）"]];
    const f = check(unknownHotel, { 会议信息: EVENT, 参会人员: annex, 酒店: hotels });
    expect(brief(f)).toEqual(["warning 参会人员!D2 travel.unknown-hotel"]);
    expect(f[0].message.zh).toContain("是否指“滨江国际酒店”？");
  });

  it("suggests the listed hotel when the name typed is part of it", () => {
    const short = [roster[0], ["朱光", "青山县人民政府", "已确认", "滨江国际"]];
    const f = check(unknownHotel, { 会议信息: EVENT, 参会人员: short, 酒店: hotels });
    expect(f[0].message.en).toContain('Did you mean "滨江国际酒店"?');
  });

  it("does nothing without a Hotels sheet, or with one that lists no hotel yet", () => {
    expect(check(unknownHotel, { 会议信息: EVENT, 参会人员: roster })).toEqual([]);
    expect(check(unknownHotel, { 会议信息: EVENT, 参会人员: roster, 酒店: [hotels[0]] })).toEqual([]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = withSetting(EVENT, "关闭的规则", "travel.unknown-hotel");
    expect(check(unknownHotel, { 会议信息: off, 参会人员: roster, 酒店: hotels })).toEqual([]);
  });

  it("without a hotel column in the roster says once that the check did not run", () => {
    const noHotel = roster.map((r) => r.slice(0, 3));
    expect(brief(check(unknownHotel, { 会议信息: EVENT, 参会人员: noHotel, 酒店: hotels }))).toEqual([
      "info 参会人员!D1 rules.missing-column",
    ]);
  });
});
