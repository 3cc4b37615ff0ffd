import { NOTICE_ITEM_KEYS } from "../../../../src/core/documents/notice/labels";
import { noticeDraft, type NoticeDraft } from "../../../../src/core/documents/notice/noticeLines";
import { FULL_EVENT, FULL_EVENT_EN, withRow } from "../../rules/notice/eventFixture";
import { eventOf } from "./noticeFixture";

const EIGHT = ["name", "content", "attendeesScope", "checkInTime", "duration", "venue", "dressCode", "notes"];
const textOf = (draft: NoticeDraft) => (key: string) => draft.lines.find((l) => l.key === key)!.text;

describe("noticeDraft", () => {
  it("writes a complete Event sheet as a formal notice, paragraph by paragraph", () => {
    const draft = noticeDraft(eventOf(FULL_EVENT), { organiser: "市政府办公室", date: { date: "2026-12-02" } }, "zh");
    expect(draft.missing).toEqual([]);
    expect(draft.missingSignOff).toEqual([]);
    expect(draft.lines.map((l) => [l.key, l.kind, l.text])).toEqual([
      ["title", "title", "关于召开2026年度工作会议的通知"],
      ["salutation", "addressee", "各部门主要负责同志："],
      ["opening", "paragraph", "　　经研究，决定召开2026年度工作会议。现将有关事项通知如下："],
      ["duration", "item", "　　一、会议时间：2026年12月10日（星期四）上午9:00至12月11日（星期五）下午5:30，会期2天。"],
      ["venue", "item", "　　二、会议地点：市行政中心3号楼6楼第一会议室。"],
      ["attendeesScope", "item", "　　三、参会人员：各部门主要负责同志。"],
      ["content", "item", "　　四、会议内容：总结2026年工作，部署2027年重点任务。"],
      ["checkInTime", "item", "　　五、报到时间及地点：2026年12月9日（星期三）下午2:00，报到地点：市行政中心3号楼1楼大厅。"],
      ["dressCode", "item", "　　六、着装要求：正装。"],
      ["notes", "item", "　　七、有关事项：请于2026年12月7日前报送参会回执。"],
      ["contact", "item", "　　八、联系方式：联系人：刘莹，联系电话：15782964053。"],
      ["closing", "paragraph", "　　特此通知。"],
      ["attachment", "attachment", "　　附件：参会回执"],
      // Right-aligned, two characters in from the right edge.
      ["signOff", "signature", "市政府办公室　　"],
      ["date", "signature", "2026年12月2日　　"],
    ]);
  });

  it("speaks English for an English workbook, with the typed duration", () => {
    const draft = noticeDraft(eventOf(FULL_EVENT_EN, "en"), { organiser: "The Board", date: { date: "2026-12-02" } }, "en");
    expect(draft.missing).toEqual([]);
    expect(draft.lines.map((l) => l.text)).toEqual([
      "Notice of the 2026 Annual Conference",
      "To: Board members and partner organisations",
      "We write to invite you to the 2026 Annual Conference. The arrangements are as follows.",
      "1. Dates: From Thursday, 10 December 2026, 09:00; 2 days.",
      "2. Venue: Riverside Conference Centre, Building 3, Level 6, Hall 1.",
      "3. Attendees: Board members and partner organisations.",
      "4. Programme: Review of 2026 and priorities for 2027.",
      "5. Check-in: Wednesday, 9 December 2026, 14:00, at Level 1 foyer, Riverside Conference Centre.",
      "6. Dress code: Business attire.",
      "7. Please note: Bring photo ID to registration.",
      "8. Contact: Chloe O'Brien, telephone 07535 372561.",
      "We look forward to seeing you.",
      "Attached: Reply form",
      "The Board",
      "2 December 2026",
    ]);
  });

  it("numbers the items in the order of NOTICE_ITEM_KEYS, with contact and phone on one line", () => {
    const draft = noticeDraft(eventOf(FULL_EVENT), {}, "zh");
    expect(draft.lines.filter((l) => l.kind === "item").map((l) => l.key)).toEqual([...NOTICE_ITEM_KEYS]);
    expect(draft.lines.map((l) => l.key)).not.toContain("contactPhone");
    expect(draft.lines.map((l) => l.key)).not.toContain("name");
  });

  it("shows every missing element as a placeholder and lists it, never skipping a line", () => {
    const draft = noticeDraft(eventOf([["项目", "内容"]]), {}, "zh");
    expect(draft.missing).toEqual([...EIGHT, "contact", "contactPhone"]);
    expect(draft.missingSignOff).toEqual(["organiser", "date"]);
    expect(draft.lines.map((l) => l.text)).toEqual([
      "关于召开【待填写：会议名称】的通知",
      "【待填写：主送单位】：",
      "　　经研究，决定召开本次会议。现将有关事项通知如下：",
      "　　一、会议时间：【待填写：会期】",
      "　　二、会议地点：【待填写：会议地点】",
      "　　三、参会人员：【待填写：参加人员】",
      "　　四、会议内容：【待填写：主要内容】",
      "　　五、报到时间及地点：【待填写：报到时间】",
      "　　六、着装要求：【待填写：着装要求】",
      "　　七、有关事项：【待填写：注意事项】",
      "　　八、联系方式：联系人：【待填写：联系人】，联系电话：【待填写：联系电话】",
      "　　特此通知。",
      "　　附件：参会回执",
      "【待填写：发文单位】　　",
      "【待填写：发文日期】　　",
    ]);
  });

  it("shows an English notice's gaps as English placeholders", () => {
    const draft = noticeDraft(eventOf([["Check-in time", "2026-12-09 14:00"]], "en"), {}, "en");
    expect(draft.missing).not.toContain("checkInTime");
    expect(draft.missing).toHaveLength(9);
    const text = textOf(draft);
    expect(text("title")).toBe("Notice of [To be filled in: event name]");
    expect(text("salutation")).toBe("To: [To be filled in: addressees]");
    expect(text("opening")).toBe("We write to invite you to this meeting. The arrangements are as follows.");
    expect(text("checkInTime")).toBe("5. Check-in: Wednesday, 9 December 2026, 14:00.");
    expect(text("dressCode")).toBe("6. Dress code: [To be filled in: dress code]");
    expect(text("contact")).toBe("8. Contact: [To be filled in: contact person], telephone [To be filled in: contact phone]");
    expect(draft.lines.slice(-2).map((l) => l.text)).toEqual([
      "[To be filled in: issuing organisation]",
      "[To be filled in: date of issue]",
    ]);
  });

  it("keeps the known half of the contact line when only the phone is missing", () => {
    const draft = noticeDraft(eventOf(withRow(FULL_EVENT, "联系电话")), {}, "zh");
    expect(draft.missing).toEqual(["contactPhone"]);
    expect(textOf(draft)("contact")).toBe("　　八、联系方式：联系人：刘莹，联系电话：【待填写：联系电话】");
  });

  it("falls back to the theme for the content, and keeps the check-in place next to a missing time", () => {
    const rows = withRow(withRow(withRow(FULL_EVENT, "主要内容"), "报到时间"), "开始时间");
    const draft = noticeDraft(eventOf([...rows, ["会议主题", "部署明年工作"]]), {}, "zh");
    const text = textOf(draft);
    expect(text("content")).toBe("　　四、会议内容：部署明年工作。");
    expect(text("checkInTime")).toBe("　　五、报到时间及地点：【待填写：报到时间】，报到地点：市行政中心3号楼1楼大厅。");
    expect(text("duration")).toBe("　　一、会议时间：【待填写：开会时间】至2026年12月11日（星期五）下午5:30。");
    expect(draft.missing).toEqual(["checkInTime", "duration"]);
  });

  it("gives the planner's Chinese text Chinese punctuation and one full stop", () => {
    const rows = withRow(
      withRow(withRow(FULL_EVENT, "注意事项", "请携带身份证, 按时参会(勿迟到)"), "着装", "正装。"),
      "会议名称",
      "2026年度工作会议(扩大)",
    );
    const text = textOf(noticeDraft(eventOf(rows), {}, "zh"));
    expect(text("title")).toBe("关于召开2026年度工作会议（扩大）的通知");
    expect(text("opening")).toBe("　　经研究，决定召开2026年度工作会议（扩大）。现将有关事项通知如下：");
    expect(text("notes")).toBe("　　七、有关事项：请携带身份证，按时参会（勿迟到）。");
    expect(text("dressCode")).toBe("　　六、着装要求：正装。");
  });

  it("leaves English punctuation alone and does not double a full stop, nor 'the' before a name that has one", () => {
    const rows = withRow(withRow(FULL_EVENT_EN, "Notes", "Bring ID, please: it is checked at 8:30."), "Event name", "The Riverside Summit");
    const text = textOf(noticeDraft(eventOf(rows, "en"), {}, "en"));
    expect(text("notes")).toBe("7. Please note: Bring ID, please: it is checked at 8:30.");
    expect(text("title")).toBe("Notice of The Riverside Summit");
    expect(text("opening")).toBe("We write to invite you to The Riverside Summit. The arrangements are as follows.");
  });

  it("signs off with placeholders when the organiser and date are not given, which are not missing elements", () => {
    const zh = noticeDraft(eventOf(FULL_EVENT), { organiser: "市政府办公室" }, "zh");
    expect(zh.missingSignOff).toEqual(["date"]);
    expect(zh.lines.slice(-2).map((l) => l.text)).toEqual(["市政府办公室　　", "【待填写：发文日期】　　"]);
    const en = noticeDraft(eventOf(FULL_EVENT_EN, "en"), { date: { date: "2026-12-02" } }, "en");
    expect(en.missingSignOff).toEqual(["organiser"]);
    expect(en.lines.slice(-2).map((l) => l.text)).toEqual(["[To be filled in: issuing organisation]", "2 December 2026"]);
    // The sign-off is filled in when the notice goes out: it is not one of the eight elements.
    expect(en.missing).toEqual([]);
  });
});
