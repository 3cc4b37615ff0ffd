import { dueDates, meetingDays, meetingSpan, type MeetingSpan } from "../../../../src/core/documents/checklist/dueDates";
import type { DueRule } from "../../../../src/core/documents/checklist/steps";
import { meeting } from "./checklistHarness";

const span = (start: string, startTime?: string, end?: string, endTime?: string): MeetingSpan => ({
  start: { date: start, ...(startTime ? { time: startTime } : {}) },
  end: { date: end ?? start, ...(endTime ? { time: endTime } : {}) },
});
const due = (rule: DueRule, s: MeetingSpan) => dueDates(rule, s).map((d) => (d.time ? `${d.date} ${d.time}` : d.date));

describe("due dates relative to the meeting (the seed's timings)", () => {
  const conf = span("2026-12-10", "09:00", "2026-12-12", "17:00");

  test("the notice goes out a week before the start", () => {
    expect(due({ from: "start", days: -7 }, conf)).toEqual(["2026-12-03"]);
  });

  test("the check-in desk opens the afternoon before, at 14:00", () => {
    expect(due({ from: "start", days: -1, time: "14:00" }, conf)).toEqual(["2026-12-09 14:00"]);
  });

  test("staff on post 30 minutes and attendees seated 20 minutes before a 09:00 start", () => {
    expect(due({ from: "start", minutes: -30 }, conf)).toEqual(["2026-12-10 08:30"]);
    expect(due({ from: "start", minutes: -20 }, conf)).toEqual(["2026-12-10 08:40"]);
  });

  test("meal vouchers: one per meeting day, handed out at 20:00 the evening before", () => {
    expect(due({ each: "meetingDay", days: -1, time: "20:00" }, conf)).toEqual([
      "2026-12-09 20:00",
      "2026-12-10 20:00",
      "2026-12-11 20:00",
    ]);
  });

  test("post-meeting steps count from the end", () => {
    expect(due({ from: "end", days: 3 }, conf)).toEqual(["2026-12-15"]);
    expect(due({ from: "end", minutes: 30 }, conf)).toEqual(["2026-12-12 17:30"]);
  });

  test("across month and year ends, and a leap day", () => {
    const s = span("2027-01-01", "00:10", "2027-01-02");
    expect(due({ from: "start", minutes: -30 }, s)).toEqual(["2026-12-31 23:40"]);
    expect(due({ from: "start", days: -7 }, s)).toEqual(["2026-12-25"]);
    expect(due({ each: "meetingDay", days: -1, time: "20:00" }, span("2028-03-01", "09:00", "2028-03-02"))).toEqual([
      "2028-02-29 20:00",
      "2028-03-01 20:00",
    ]);
    expect(due({ from: "end", days: 14 }, span("2026-11-28", "09:00", "2026-11-30"))).toEqual(["2026-12-14"]);
  });

  test("a minutes rule on a meeting without a time of day gives the day alone", () => {
    expect(due({ from: "start", minutes: -30 }, span("2026-12-10"))).toEqual(["2026-12-10"]);
  });

  test("meeting days run from start to end; an end before the start or missing means one day", () => {
    expect(meetingDays(span("2026-11-29", undefined, "2026-12-01"))).toEqual(["2026-11-29", "2026-11-30", "2026-12-01"]);
    expect(meetingDays(span("2026-12-10"))).toEqual(["2026-12-10"]);
    expect(meetingDays(span("2026-12-10", undefined, "2027-12-10"))).toHaveLength(31);
  });
});

describe("meetingSpan", () => {
  test("reads start and end from the Event sheet; the end defaults to the start's day", () => {
    expect(meetingSpan(meeting({ 开始时间: "2026-12-10 09:00" }).event, "zh").span).toEqual({
      start: { date: "2026-12-10", time: "09:00" },
      end: { date: "2026-12-10" },
    });
    expect(meetingSpan(meeting({ 开始时间: "2026-12-10 09:00", 结束时间: "2026-12-09" }).event, "zh").span?.end).toEqual({
      date: "2026-12-10",
    });
  });

  test("a missing start gives one finding pointing at the 开始时间 row", () => {
    const { span: s, findings } = meetingSpan(meeting({ 开始时间: "" }).event, "zh");
    expect(s).toBeUndefined();
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.id}`)).toEqual(["会议信息!A3 checklist.start-missing"]);
  });

  test("without a 开始时间 row the finding points at A1", () => {
    const { findings } = meetingSpan(meeting({}).event, "zh");
    expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["会议信息!A1"]);
  });
});
