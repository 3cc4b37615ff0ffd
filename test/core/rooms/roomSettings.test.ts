import { readRoomSettings } from "../../../src/core/rooms";
import { workbook } from "../rules/ruleHarness";
import { EVENT, EVENT_EN, withSetting } from "../rules/travel/fixtures";

const read = (event = EVENT) => readRoomSettings(workbook({ 会议信息: event }).event);

describe("readRoomSettings", () => {
  it("defaults to one spare room per hotel and no mixed-gender pairs", () => {
    expect(read().settings).toEqual({ spareRooms: 1, mixedGenderPairs: false });
  });

  it("reads 机动房 and 异性同住 (or their English names) from the Event sheet", () => {
    expect(read(withSetting(withSetting(EVENT, "机动房数", 3), "异性同住", "是")).settings).toEqual({
      spareRooms: 3,
      mixedGenderPairs: true,
    });
    expect(readRoomSettings(workbook({ Event: withSetting(EVENT_EN, "Spare rooms", 0) }).event).settings.spareRooms).toBe(0);
  });

  it("keeps the default and reports a value it cannot read", () => {
    const r = read(withSetting(EVENT, "机动房", "很多"));
    expect(r.settings.spareRooms).toBe(1);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ id: "settings.invalid", sheet: "会议信息" });
  });
});
