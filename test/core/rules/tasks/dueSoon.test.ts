import { dueSoon } from "../../../../src/core/rules/tasks/dueSoon";
import { brief, check } from "../ruleHarness";

const header = ["编号", "阶段", "任务", "负责人", "截止时间", "状态"];
const tasks = [
  header,
  ["T01", "会前", "印制会议材料", "王芳", "2026-12-04 17:00", "未开始"],
  ["T02", "会前", "制作座次表、桌签", "刘洋", "2026-12-02", "进行中"],
  ["T03", "会前", "会场布置", "", "2026-12-01 12:00", ""],
  ["T04", "会前", "设备调试", "张伟", "2026-12-05", "未开始"],
  ["T05", "会中", "会场引导与茶水服务", "李娜", "2026-12-02", "未开始"],
  ["T06", "会后", "送站", "李娜", "2026-12-03", "未开始"],
  ["T07", "", "预订会场", "李娜", "2026-11-30", "未开始"],
];

describe("tasks.due-soon", () => {
  it("warns about preparation due within 3 days (the due day counted) that has not started", () => {
    const f = check(dueSoon, { 任务: tasks }, "2026-12-01");
    expect(brief(f)).toEqual(["warning 任务!F2 tasks.due-soon", "warning 任务!F4 tasks.due-soon"]);
    expect(f[0].message.zh).toBe("会前任务“印制会议材料”（T01）还有 3 天到期（2026年12月4日 17:00），尚未开始。");
    expect(f[0].message.en).toBe('Pre-meeting task "印制会议材料" (T01) is due in 3 days (4 December 2026, 17:00) and has not started.');
    expect(f[1].message.zh).toBe("会前任务“会场布置”（T03）今天到期（2026年12月1日 12:00），尚未开始。");
    expect(f[1].fix?.zh).toContain("指定负责人");
  });

  it("leaves on-site and follow-up tasks alone: they start with the meeting", () => {
    const f = check(dueSoon, { 任务: tasks }, "2026-12-01");
    expect(f.map((x) => x.cell)).not.toContain("F6");
    expect(f.map((x) => x.cell)).not.toContain("F7");
  });

  it("says nothing about tasks due later, overdue or already started", () => {
    expect(check(dueSoon, { 任务: tasks }, "2026-11-26")).toEqual([]);
  });

  it("follows 任务临期天数 on the Event sheet", () => {
    const event = [["任务临期天数", 4]];
    expect(brief(check(dueSoon, { 会议信息: event, 任务: tasks }, "2026-12-01"))).toEqual([
      "warning 任务!F2 tasks.due-soon",
      "warning 任务!F4 tasks.due-soon",
      "warning 任务!F5 tasks.due-soon",
    ]);
  });

  it("reads English sheets, can be switched off, and needs a status column", () => {
    const en = [
      ["Task", "Due", "Status"],
      ["Print the papers", "2026-12-03", "Not started"],
    ];
    expect(check(dueSoon, { Tasks: en }, "2026-12-01")[0].message.en).toBe(
      'Task "Print the papers" is due in 2 days (3 December 2026) and has not started.',
    );
    expect(check(dueSoon, { Event: [["Rules switched off", "tasks.due-soon"]], Tasks: en }, "2026-12-01")).toEqual([]);
    expect(brief(check(dueSoon, { Tasks: en.map((r) => r.slice(0, 2)) }, "2026-12-01"))).toEqual(["info Tasks!C1 rules.missing-column"]);
  });
});
