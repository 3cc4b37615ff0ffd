import { elementMissing } from "../../../../src/core/rules/notice/elementMissing";
import { brief, check } from "../ruleHarness";
import { FULL_EVENT, FULL_EVENT_EN, withRow } from "./eventFixture";

describe("notice.element-missing", () => {
  it("says nothing when every element of the notice is there", () => {
    expect(check(elementMissing, { 会议信息: FULL_EVENT })).toEqual([]);
    expect(check(elementMissing, { Event: FULL_EVENT_EN })).toEqual([]);
  });

  it("points at the empty value next to the key of a missing element", () => {
    const f = check(elementMissing, { 会议信息: withRow(FULL_EVENT, "着装", "") });
    expect(brief(f)).toEqual(["warning 会议信息!B9 notice.element-missing"]);
    expect(f[0].message.zh).toBe("会议通知八要素之一“着装”未填写。");
    expect(f[0].message.en).toBe('"Dress code", one of the notice\'s eight elements, is empty.');
    expect(f[0].fix?.zh).toBe("填写着装要求，如“正装”。");
  });

  it("points at the first free row when the sheet has no row for it; name and venue are errors", () => {
    const f = check(elementMissing, { 会议信息: withRow(withRow(FULL_EVENT, "会议地点"), "会议名称") });
    expect(brief(f)).toEqual(["error 会议信息!A11 notice.element-missing", "error 会议信息!A11 notice.element-missing"]);
    expect(f[1].message.zh).toBe("会议信息表没有“会议地点”一项，会议通知缺少这一要素。");
    expect(f[1].fix?.en).toBe('Add a "Venue" row here: give the venue down to the floor and room.');
  });

  it("takes the duration from 会期 or from the end time", () => {
    const noEnd = withRow(FULL_EVENT, "结束时间");
    expect(brief(check(elementMissing, { 会议信息: noEnd }))).toEqual(["warning 会议信息!A12 notice.element-missing"]);
    expect(check(elementMissing, { 会议信息: [...noEnd, ["会期", "2天"]] })).toEqual([]);
    expect(brief(check(elementMissing, { 会议信息: [...noEnd, ["会期", ""]] }))).toEqual(["warning 会议信息!B12 notice.element-missing"]);
  });

  it("reports a missing start as an error, since no date check can run without it", () => {
    const f = check(elementMissing, { 会议信息: withRow(FULL_EVENT, "开始时间", "") });
    expect(brief(f)).toEqual(["error 会议信息!B4 notice.element-missing"]);
    expect(f[0].message.zh).toBe("会议通知的“开始时间”未填写；按日期的各项检查（任务逾期、回执确认等）也因此无法进行。");
  });

  it("leaves a value the parser could not read to the parser", () => {
    expect(check(elementMissing, { 会议信息: withRow(FULL_EVENT, "开始时间", "明天上午") })).toEqual([]);
  });

  it("reads English keys", () => {
    const f = check(elementMissing, { Event: withRow(FULL_EVENT_EN, "Notes", "") });
    expect(brief(f)).toEqual(["warning Event!B10 notice.element-missing"]);
    expect(f[0].message.en).toBe('"Notes", one of the notice\'s eight elements, is empty.');
  });

  it("can be switched off on the Event sheet", () => {
    expect(check(elementMissing, { 会议信息: [...withRow(FULL_EVENT, "着装", ""), ["关闭的规则", "notice.element-missing"]] })).toEqual([]);
  });
});
