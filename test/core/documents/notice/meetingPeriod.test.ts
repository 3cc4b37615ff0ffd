import { absoluteDate, meetingPeriod } from "../../../../src/core/documents/notice/meetingPeriod";

describe("absoluteDate", () => {
  it("writes the day with its weekday and time in both languages", () => {
    expect(absoluteDate({ date: "2026-12-09", time: "14:00" }, "zh")).toBe("2026年12月9日（星期三）14:00");
    expect(absoluteDate({ date: "2026-12-09", time: "14:00" }, "en")).toBe("Wednesday, 9 December 2026, 14:00");
    expect(absoluteDate({ date: "2026-12-10" }, "zh")).toBe("2026年12月10日（星期四）");
  });
});

describe("meetingPeriod", () => {
  const start = { date: "2026-12-10", time: "09:00" };
  const end = { date: "2026-12-12", time: "12:00" };

  it("counts the days from the start and end when no duration is typed", () => {
    expect(meetingPeriod(start, end, undefined, "zh")).toEqual({
      text: "2026年12月10日（星期四）09:00 至 2026年12月12日（星期六）12:00，共3天",
      missing: false,
    });
    expect(meetingPeriod(start, end, undefined, "en").text).toBe(
      "Thursday, 10 December 2026, 09:00 to Saturday, 12 December 2026, 12:00 (3 days)",
    );
  });

  it("uses the Event sheet's own duration text instead of the count", () => {
    expect(meetingPeriod(start, end, "两天半", "zh").text).toBe("2026年12月10日（星期四）09:00 至 2026年12月12日（星期六）12:00，两天半");
    expect(meetingPeriod(start, end, "2.5 days", "en").text).toBe(
      "Thursday, 10 December 2026, 09:00 to Saturday, 12 December 2026, 12:00; 2.5 days",
    );
  });

  it("writes a one-day meeting as one date with its hours", () => {
    expect(meetingPeriod(start, { date: "2026-12-10", time: "17:30" }, undefined, "zh").text).toBe("2026年12月10日（星期四）09:00—17:30");
    expect(meetingPeriod(start, { date: "2026-12-10", time: "17:30" }, undefined, "en").text).toBe(
      "Thursday, 10 December 2026, 09:00–17:30",
    );
  });

  it("keeps the known start and shows the unknown length as a placeholder", () => {
    expect(meetingPeriod(start, undefined, undefined, "zh")).toEqual({
      text: "2026年12月10日（星期四）09:00起，会期【待填写：会期】",
      missing: true,
    });
    expect(meetingPeriod(start, undefined, "2 days", "en")).toEqual({
      text: "From Thursday, 10 December 2026, 09:00; 2 days",
      missing: false,
    });
  });

  it("shows a missing start as a placeholder even when the end is known", () => {
    const p = meetingPeriod(undefined, end, undefined, "zh");
    expect(p.missing).toBe(true);
    expect(p.text).toBe("【待填写：开会时间】 至 2026年12月12日（星期六）12:00");
    expect(meetingPeriod(undefined, undefined, undefined, "en")).toEqual({ text: "[To be filled in: duration]", missing: true });
  });
});
