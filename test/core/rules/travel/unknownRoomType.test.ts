import { blockExceeded } from "../../../../src/core/rules/travel/blockExceeded";
import { unknownRoomType } from "../../../../src/core/rules/travel/unknownRoomType";
import { brief, check } from "../ruleHarness";
import { EVENT, EVENT_EN, withSetting } from "./fixtures";

const hotels = [
  ["酒店", "房型", "房间数", "床位"],
  ["滨江国际酒店", "标准间", 10, 2],
  ["滨江国际酒店", "大床房", 8, 1],
  ["锦华大酒店", "套房", 2, 1],
  ["Riverside Hotel", "Twin", 5, 2],
];

const HEAD = ["姓名", "单位", "回执", "酒店", "房型"];

describe("travel.unknown-room-type", () => {
  it("warns about a room type the Hotels sheet does not list for the guest's hotel, at the room type cell", () => {
    const roster = [HEAD, ["朱光", "青山县人民政府", "已确认", "滨江国际酒店", "套房"]];
    const f = check(unknownRoomType, { 会议信息: EVENT, 参会人员: roster, 酒店: hotels });
    expect(brief(f)).toEqual(["warning 参会人员!E2 travel.unknown-room-type"]);
    expect(f[0].message.zh).toBe(
      "朱光（青山县人民政府）的房型“套房”不是“酒店”表中滨江国际酒店的房型（该酒店有：标准间、大床房），因此不计入任何预留房间。",
    );
    expect(f[0].message.en).toBe(
      '朱光 (青山县人民政府) has room type "套房", which the "酒店" sheet does not list for 滨江国际酒店 (it has 标准间, 大床房), so they are not counted against any room block.',
    );
    expect(f[0].fix?.zh).toContain("“酒店”表");
  });

  it("reports the guest that travel.block-exceeded leaves out of the count", () => {
    const oneKing = [hotels[0], ["滨江国际酒店", "大床房", 1, 1]];
    const roster = [HEAD, ["张伟", "", "已确认", "滨江国际酒店", "大床房"], ["李强", "", "已确认", "滨江国际酒店", "大床"]];
    const sheets = { 会议信息: EVENT, 参会人员: roster, 酒店: oneKing };
    expect(check(blockExceeded, sheets)).toEqual([]);
    expect(brief(check(unknownRoomType, sheets))).toEqual(["warning 参会人员!E3 travel.unknown-room-type"]);
  });

  it("accepts a listed type whatever its width, case and spaces, and the hotel's name likewise", () => {
    const roster = [
      HEAD,
      ["朱光", "青山县人民政府", "已确认", "滨江 国际酒店", " 大床房 "],
      ["Jane Cook", "Kendal Town Council", "Confirmed", "riverside hotel", "ＴＷＩＮ"],
      ["刘洋", "白沙县人民政府", "待确认", "锦华大酒店", "套房"],
    ];
    expect(check(unknownRoomType, { 会议信息: EVENT, 参会人员: roster, 酒店: hotels })).toEqual([]);
  });

  it("judges each hotel by its own types: a type another hotel has does not count", () => {
    const roster = [HEAD, ["于红", "临江县人民政府", "已确认", "Riverside Hotel", "标准间"]];
    const f = check(unknownRoomType, { 会议信息: EVENT, 参会人员: roster, 酒店: hotels });
    expect(brief(f)).toEqual(["warning 参会人员!E2 travel.unknown-room-type"]);
    expect(f[0].message.en).toContain("(it has Twin)");
  });

  it("leaves hotels not on the Hotels sheet to travel.unknown-hotel, and empty room types to other rules", () => {
    const roster = [
      HEAD,
      ["于红", "临江县人民政府", "已确认", "如家酒店（火车站店）", "标准间"],
      ["朱光", "青山县人民政府", "已确认", "滨江国际酒店（2号楼）", "套房"],
      ["马丹慧", "东湖县人民政府", "已确认", "滨江国际酒店", ""],
      ["李娜", "市财政局", "已确认", "", "套房"],
    ];
    expect(check(unknownRoomType, { 会议信息: EVENT, 参会人员: roster, 酒店: hotels })).toEqual([]);
  });

  it("does nothing for a hotel listed without any room type yet", () => {
    const untyped = [hotels[0], ["滨江国际酒店", "", 10, 2]];
    const roster = [HEAD, ["朱光", "青山县人民政府", "已确认", "滨江国际酒店", "套房"]];
    expect(check(unknownRoomType, { 会议信息: EVENT, 参会人员: roster, 酒店: untyped })).toEqual([]);
  });

  it("ignores people on leave or cancelled, and people who need no hotel", () => {
    const roster = [
      [...HEAD, "需住宿"],
      ["刘月", "云溪县人民政府", "请假", "滨江国际酒店", "套房", "是"],
      ["张珊", "白沙县人民政府", "取消", "滨江国际酒店", "套房", "是"],
      ["王刚", "市教育局", "已确认", "滨江国际酒店", "套房", "否"],
    ];
    expect(check(unknownRoomType, { 会议信息: EVENT, 参会人员: roster, 酒店: hotels })).toEqual([]);
  });

  it("reads English headers and values", () => {
    const en = [
      ["Name", "Organisation", "Status", "Hotel", "Room type"],
      ["Jane Cook", "Kendal Town Council", "Confirmed", "Riverside Hotel", "Suite"],
      ["Liam Davis", "Dublin City Council", "Confirmed", "Riverside Hotel", "Twin"],
    ];
    const enHotels = [
      ["Hotel", "Room type", "Rooms", "Beds"],
      ["Riverside Hotel", "Twin", 5, 2],
      ["Riverside Hotel", "King", 3, 1],
    ];
    const f = check(unknownRoomType, { Event: EVENT_EN, Roster: en, Hotels: enHotels });
    expect(brief(f)).toEqual(["warning Roster!E2 travel.unknown-room-type"]);
    expect(f[0].message.en).toBe(
      'Jane Cook (Kendal Town Council) has room type "Suite", which the "Hotels" sheet does not list for Riverside Hotel (it has Twin, King), so they are not counted against any room block.',
    );
  });

  it("can be switched off on the Event sheet", () => {
    const off = withSetting(EVENT, "关闭的规则", "travel.unknown-room-type");
    const roster = [HEAD, ["朱光", "青山县人民政府", "已确认", "滨江国际酒店", "套房"]];
    expect(check(unknownRoomType, { 会议信息: off, 参会人员: roster, 酒店: hotels })).toEqual([]);
  });

  it("without a room type column in the roster says once that the check did not run", () => {
    const roster = [HEAD.slice(0, 4), ["朱光", "青山县人民政府", "已确认", "滨江国际酒店"]];
    expect(brief(check(unknownRoomType, { 会议信息: EVENT, 参会人员: roster, 酒店: hotels }))).toEqual([
      "info 参会人员!E1 rules.missing-column",
    ]);
  });
});
