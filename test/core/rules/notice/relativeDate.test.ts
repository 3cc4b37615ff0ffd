import { relativeDate } from "../../../../src/core/rules/notice/relativeDate";
import { brief, check } from "../ruleHarness";
import { FULL_EVENT, FULL_EVENT_EN, withRow } from "./eventFixture";

describe("notice.relative-date", () => {
  it("says nothing when every date is written in full", () => {
    expect(check(relativeDate, { 会议信息: FULL_EVENT })).toEqual([]);
    expect(check(relativeDate, { Event: FULL_EVENT_EN })).toEqual([]);
  });

  it("warns about relative dates in a text setting, naming each word once", () => {
    const event = withRow(FULL_EVENT, "注意事项", "请于明天下班前报送回执，下周一统一报到；明天请勿迟到");
    const f = check(relativeDate, { 会议信息: event });
    expect(brief(f)).toEqual(["warning 会议信息!B10 notice.relative-date"]);
    expect(f[0].message.zh).toBe("“注意事项”中的“明天”、“下周一”是相对日期，通知转发或隔天阅读时容易误解。");
    expect(f[0].fix?.zh).toBe("改写为具体的年月日，如“2026年12月10日”。");
  });

  it("explains why a date setting could not be read", () => {
    const f = check(relativeDate, { 会议信息: withRow(FULL_EVENT, "报到时间", "后天下午2点") });
    expect(brief(f)).toEqual(["warning 会议信息!B6 notice.relative-date"]);
    expect(f[0].message.zh).toBe("“报到时间”用了相对日期“后天”，无法换算成具体日期；通知转发或隔天阅读时也容易误解。");
  });

  it("finds English words and lists findings top to bottom", () => {
    const event = withRow(
      withRow(FULL_EVENT_EN, "Notes", "Bring photo ID tomorrow"),
      "Check-in place",
      "Level 1 foyer; next Monday the hotel lobby",
    );
    const f = check(relativeDate, { Event: event });
    expect(brief(f)).toEqual(["warning Event!B7 notice.relative-date", "warning Event!B10 notice.relative-date"]);
    expect(f[1].message.en).toBe('"Notes" says "tomorrow": a relative date reads differently on the day the notice is read.');
  });

  it("does not mistake words that only look like dates", () => {
    const event = withRow(FULL_EVENT, "注意事项", "以下周边酒店可自行预订；部署明年工作；会议当天及次日用餐在一楼餐厅; next to the lobby");
    expect(check(relativeDate, { 会议信息: event })).toEqual([]);
  });

  it("can be switched off", () => {
    const event = [...withRow(FULL_EVENT, "注意事项", "明天报到"), ["关闭的规则", "notice.relative-date"]];
    expect(check(relativeDate, { 会议信息: event })).toEqual([]);
  });
});
