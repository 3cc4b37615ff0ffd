import { noticeDraft } from "../../../../src/core/documents/notice/noticeLines";
import { FULL_EVENT, FULL_EVENT_EN, withRow } from "../../rules/notice/eventFixture";
import { eventOf } from "./noticeFixture";

const EIGHT = ["name", "content", "attendeesScope", "checkInTime", "duration", "venue", "dressCode", "notes"];

describe("noticeDraft", () => {
  it("shows every missing element as a placeholder and lists it, never skipping a line", () => {
    const draft = noticeDraft(eventOf([["项目", "内容"]]), {}, "zh");
    expect(draft.missing).toEqual([...EIGHT, "contact", "contactPhone"]);
    const elements = draft.lines.filter((l) => l.kind === "element");
    expect(elements.map((l) => l.label)).toEqual([
      "一、会议名称",
      "二、主要内容",
      "三、参加人员",
      "四、报到时间",
      "五、会期",
      "六、会址",
      "七、着装",
      "八、注意事项",
      "联系人",
      "联系电话",
    ]);
    expect(elements.slice(0, 8).map((l) => l.text)).toEqual([
      "【待填写：会议名称】",
      "【待填写：主要内容】",
      "【待填写：参加人员】",
      "【待填写：报到时间】",
      "【待填写：会期】",
      "【待填写：会议地点】",
      "【待填写：着装要求】",
      "【待填写：注意事项】",
    ]);
    expect(draft.lines[0].text).toBe("关于召开【待填写：会议名称】的通知");
    expect(draft.lines[1].text).toBe("【待填写：主送单位】：");
  });

  it("shows a given element with its weekday and drops it from the missing list", () => {
    const zh = noticeDraft(eventOf([["报到时间", "2026-12-09 14:00"]]), {}, "zh");
    expect(zh.missing).not.toContain("checkInTime");
    expect(zh.missing).toHaveLength(9);
    expect(zh.lines.find((l) => l.key === "checkInTime")!.text).toBe("2026年12月9日（星期三）14:00");
    const en = noticeDraft(eventOf([["Check-in time", "2026-12-09 14:00"]], "en"), {}, "en");
    expect(en.lines.find((l) => l.key === "checkInTime")!.text).toBe("Wednesday, 9 December 2026, 14:00");
    expect(en.lines.find((l) => l.key === "dressCode")!.text).toBe("[To be filled in: dress code]");
    expect(en.lines.find((l) => l.key === "dressCode")!.label).toBe("7. Dress code");
  });

  it("writes a complete Event sheet into the notice with no placeholder", () => {
    const draft = noticeDraft(eventOf(FULL_EVENT), {}, "zh");
    expect(draft.missing).toEqual([]);
    const text = (k: string) => draft.lines.find((l) => l.key === k)!.text;
    expect(text("title")).toBe("关于召开2026年度工作会议的通知");
    expect(text("salutation")).toBe("各部门主要负责同志：");
    expect(text("opening")).toBe("经研究，决定召开2026年度工作会议。现将有关事项通知如下：");
    expect(text("checkInTime")).toBe("2026年12月9日（星期三）14:00，报到地点：市行政中心3号楼1楼大厅");
    expect(text("duration")).toBe("2026年12月10日（星期四）09:00 至 2026年12月11日（星期五）17:30，共2天");
    expect(text("venue")).toBe("市行政中心3号楼6楼第一会议室");
    expect(text("contactPhone")).toBe("15782964053");
    expect(draft.lines.map((l) => l.text).join("")).not.toMatch(/待填写(?!：发文)/);
  });

  it("speaks English for an English workbook, with the typed duration", () => {
    const draft = noticeDraft(eventOf(FULL_EVENT_EN, "en"), {}, "en");
    const text = (k: string) => draft.lines.find((l) => l.key === k)!.text;
    expect(draft.missing).toEqual([]);
    expect(text("title")).toBe("Notice of 2026 Annual Conference");
    expect(text("salutation")).toBe("To: Board members and partner organisations");
    expect(text("duration")).toBe("From Thursday, 10 December 2026, 09:00; 2 days");
    expect(text("checkInTime")).toBe("Wednesday, 9 December 2026, 14:00, at Level 1 foyer, Riverside Conference Centre");
  });

  it("falls back to the theme for the content, and keeps the check-in place next to a missing time", () => {
    const rows = withRow(withRow(withRow(FULL_EVENT, "主要内容"), "报到时间"), "开始时间");
    const draft = noticeDraft(eventOf([...rows, ["会议主题", "部署明年工作"]]), {}, "zh");
    const text = (k: string) => draft.lines.find((l) => l.key === k)!.text;
    expect(text("content")).toBe("部署明年工作");
    expect(text("checkInTime")).toBe("【待填写：报到时间】，报到地点：市行政中心3号楼1楼大厅");
    expect(draft.missing).toEqual(["checkInTime", "duration"]);
  });

  it("signs off with the organiser and the notice date when given, else placeholders", () => {
    const signed = noticeDraft(eventOf(FULL_EVENT), { organiser: "市政府办公室", date: { date: "2026-11-20" } }, "zh");
    expect(signed.lines.slice(-2).map((l) => l.text)).toEqual(["市政府办公室", "2026年11月20日"]);
    const unsigned = noticeDraft(eventOf(FULL_EVENT_EN, "en"), {}, "en");
    expect(unsigned.lines.slice(-2).map((l) => l.text)).toEqual([
      "[To be filled in: issuing organisation]",
      "[To be filled in: date of issue]",
    ]);
    // The sign-off is filled in when the notice goes out: it is not a missing element.
    expect(unsigned.missing).toEqual([]);
  });
});
