import { venueImprecise } from "../../../../src/core/rules/notice/venueImprecise";
import { brief, check } from "../ruleHarness";
import { FULL_EVENT, FULL_EVENT_EN, withRow } from "./eventFixture";

describe("notice.venue-imprecise", () => {
  it("says nothing when the venue and check-in place give the floor or room", () => {
    expect(check(venueImprecise, { 会议信息: FULL_EVENT })).toEqual([]);
    expect(check(venueImprecise, { Event: FULL_EVENT_EN })).toEqual([]);
    for (const venue of [
      "市委党校大礼堂",
      "国际会议中心A座",
      "滨江酒店6F宴会厅",
      "Grand Hotel, 2nd Floor, Ballroom",
      "Civic Centre Room 4",
    ]) {
      expect(check(venueImprecise, { 会议信息: withRow(FULL_EVENT, "会议地点", venue) })).toEqual([]);
    }
  });

  it("warns about a venue that names only the site, at its cell", () => {
    const f = check(venueImprecise, { 会议信息: withRow(FULL_EVENT, "会议地点", "市行政中心") });
    expect(brief(f)).toEqual(["warning 会议信息!B8 notice.venue-imprecise"]);
    expect(f[0].message.zh).toBe("会议地点“市行政中心”没有写明楼层和房间。");
    expect(f[0].fix?.zh).toBe("写明到具体楼层、门牌号，如“××办公楼六楼第三会议室”。");
  });

  it("checks the check-in place too, top to bottom", () => {
    const event = withRow(withRow(FULL_EVENT_EN, "Venue", "Riverside Conference Centre"), "Check-in place", "At the hotel");
    const f = check(venueImprecise, { Event: event });
    expect(brief(f)).toEqual(["warning Event!B7 notice.venue-imprecise", "warning Event!B8 notice.venue-imprecise"]);
    expect(f[0].message.en).toBe('The check-in place "At the hotel" does not say which floor and room.');
  });

  it("leaves a missing venue to notice.element-missing, and can be switched off", () => {
    expect(check(venueImprecise, { 会议信息: withRow(FULL_EVENT, "会议地点") })).toEqual([]);
    const off = [...withRow(FULL_EVENT, "会议地点", "市行政中心"), ["关闭的规则", "notice.venue-imprecise"]];
    expect(check(venueImprecise, { 会议信息: off })).toEqual([]);
  });
});
