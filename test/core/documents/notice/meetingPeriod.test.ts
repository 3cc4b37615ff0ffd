import { absoluteDate, meetingPeriod } from "../../../../src/core/documents/notice/meetingPeriod";

describe("absoluteDate", () => {
  it("writes the day with its weekday and time in both languages, a Chinese time with 上午/下午", () => {
    expect(absoluteDate({ date: "2026-12-09", time: "14:00" }, "zh")).toBe("2026年12月9日（星期三）下午2:00");
    expect(absoluteDate({ date: "2026-12-09", time: "09:30" }, "zh")).toBe("2026年12月9日（星期三）上午9:30");
    expect(absoluteDate({ date: "2026-12-09", time: "14:00" }, "en")).toBe("Wednesday, 9 December 2026, 14:00");
    expect(absoluteDate({ date: "2026-12-10" }, "zh")).toBe("2026年12月10日（星期四）");
  });
});

describe("meetingPeriod", () => {
  const start = { date: "2026-12-10", time: "09:00" };
  const end = { date: "2026-12-12", time: "12:00" };

  it("counts the days from the start and end when no duration is typed", () => {
    expect(meetingPeriod(start, end, undefined, "zh")).toEqual({
      text: "2026年12月10日（星期四）上午9:00至12月12日（星期六）中午12:00，会期3天",
      missing: false,
    });
    expect(meetingPeriod(start, end, undefined, "en").text).toBe(
      "Thursday, 10 December 2026, 09:00 to Saturday, 12 December 2026, 12:00 (3 days)",
    );
  });

  it("leaves the year off the end only when it is the start's year", () => {
    expect(meetingPeriod({ date: "2026-12-31", time: "14:00" }, { date: "2027-01-02", time: "12:00" }, undefined, "zh").text).toBe(
      "2026年12月31日（星期四）下午2:00至2027年1月2日（星期六）中午12:00，会期3天",
    );
    expect(meetingPeriod({ date: "2026-12-10" }, { date: "2026-12-11" }, undefined, "zh").text).toBe(
      "2026年12月10日（星期四）至12月11日（星期五），会期2天",
    );
  });

  it("uses the Event sheet's own duration text instead of the count, saying 会期 once", () => {
    expect(meetingPeriod(start, end, "两天半", "zh").text).toBe(
      "2026年12月10日（星期四）上午9:00至12月12日（星期六）中午12:00，会期两天半",
    );
    expect(meetingPeriod(start, end, "会期两天半", "zh").text).toBe(
      "2026年12月10日（星期四）上午9:00至12月12日（星期六）中午12:00，会期两天半",
    );
    expect(meetingPeriod(start, end, "2.5 days", "en").text).toBe(
      "Thursday, 10 December 2026, 09:00 to Saturday, 12 December 2026, 12:00; 2.5 days",
    );
  });

  it("writes a one-day meeting as one date with its hours, and no count", () => {
    expect(meetingPeriod(start, { date: "2026-12-10", time: "17:30" }, undefined, "zh").text).toBe(
      "2026年12月10日（星期四）上午9:00至下午5:30",
    );
    expect(meetingPeriod(start, { date: "2026-12-10", time: "17:30" }, undefined, "en").text).toBe(
      "Thursday, 10 December 2026, 09:00–17:30",
    );
    expect(meetingPeriod({ date: "2026-12-10" }, { date: "2026-12-10" }, undefined, "zh").text).toBe("2026年12月10日（星期四）");
  });

  it("keeps the known start and shows the unknown length as a placeholder", () => {
    expect(meetingPeriod(start, undefined, undefined, "zh")).toEqual({
      text: "2026年12月10日（星期四）上午9:00起，会期【待填写：会期】",
      missing: true,
    });
    expect(meetingPeriod(start, undefined, "2天", "zh")).toEqual({ text: "2026年12月10日（星期四）上午9:00起，会期2天", missing: false });
    expect(meetingPeriod(start, undefined, "2 days", "en")).toEqual({
      text: "From Thursday, 10 December 2026, 09:00; 2 days",
      missing: false,
    });
  });

  it("shows a missing start as a placeholder even when the end is known", () => {
    const p = meetingPeriod(undefined, end, undefined, "zh");
    expect(p.missing).toBe(true);
    expect(p.text).toBe("【待填写：开会时间】至2026年12月12日（星期六）中午12:00");
    expect(meetingPeriod(undefined, end, undefined, "en").text).toBe("[To be filled in: start date] to Saturday, 12 December 2026, 12:00");
    expect(meetingPeriod(undefined, undefined, "3天", "zh")).toEqual({ text: "【待填写：开会时间】起，会期3天", missing: true });
    expect(meetingPeriod(undefined, undefined, undefined, "en")).toEqual({ text: "[To be filled in: duration]", missing: true });
  });
});
