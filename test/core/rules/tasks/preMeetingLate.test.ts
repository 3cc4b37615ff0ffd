import { preMeetingLate } from "../../../../src/core/rules/tasks/preMeetingLate";
import { brief, check } from "../ruleHarness";

const event = [["开始时间", "2026-12-10 09:00"]];
const header = ["编号", "阶段", "任务", "负责人", "截止时间", "状态"];
const tasks = [
  header,
  ["T01", "会前", "设立签到台", "王芳", "2026-12-09 13:00", "未开始"],
  ["T02", "会前", "印制会议材料", "刘洋", "2026-12-10 10:00", "进行中"],
  ["T03", "会前", "制作桌签", "刘洋", "2026-12-10", "未开始"],
  ["T04", "会前", "落实接站车辆", "张伟", "2026-12-12", "未开始"],
  ["T05", "会中", "会场引导", "李娜", "2026-12-10 08:30", "未开始"],
  ["T06", "会前", "会场布置", "李娜", "2026-12-11", "已完成"],
];

describe("tasks.pre-meeting-late", () => {
  it("is an error for a 会前 task due after the meeting starts, at its due cell", () => {
    const f = check(preMeetingLate, { 会议信息: event, 任务: tasks });
    expect(brief(f)).toEqual(["error 任务!E3 tasks.pre-meeting-late", "error 任务!E5 tasks.pre-meeting-late"]);
    expect(f[0].message.zh).toBe("会前任务“印制会议材料”（T02）的截止时间2026年12月10日 10:00晚于会议开始时间2026年12月10日 09:00。");
    expect(f[1].message.en).toBe(
      'Pre-meeting task "落实接站车辆" (T04) is due 12 December 2026, after the meeting starts (10 December 2026, 09:00).',
    );
  });

  it("gives a deadline on the first day without a time the benefit of the doubt", () => {
    const f = check(preMeetingLate, { 会议信息: event, 任务: tasks });
    expect(f.map((x) => x.cell)).not.toContain("E4");
  });

  it("says nothing without a start date, or when every 会前 task is due before it", () => {
    expect(check(preMeetingLate, { 任务: tasks })).toEqual([]);
    expect(check(preMeetingLate, { 会议信息: event, 任务: tasks.slice(0, 2) })).toEqual([]);
  });

  it("reads English phases", () => {
    const en = [
      ["Phase", "Task", "Due"],
      ["Before", "Print badges", "2026-12-11"],
      ["During", "Usher", "2026-12-11"],
    ];
    expect(brief(check(preMeetingLate, { Event: [["Start", "2026-12-10"]], Tasks: en }))).toEqual([
      "error Tasks!C2 tasks.pre-meeting-late",
    ]);
  });

  it("can be switched off, and needs a phase column", () => {
    expect(check(preMeetingLate, { 会议信息: [...event, ["关闭的规则", "tasks.pre-meeting-late"]], 任务: tasks })).toEqual([]);
    const noPhase = tasks.map((r) => [r[0], ...r.slice(2)]);
    expect(brief(check(preMeetingLate, { 会议信息: event, 任务: noPhase }))).toEqual(["info 任务!F1 rules.missing-column"]);
  });
});
