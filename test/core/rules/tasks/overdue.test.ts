import { overdue } from "../../../../src/core/rules/tasks/overdue";
import { brief, check } from "../ruleHarness";

const header = ["编号", "阶段", "任务", "负责人", "小组", "截止时间", "状态"];
const tasks = [
  header,
  ["T01", "会前", "制定会议方案", "王芳", "策划布置组", "2026-11-20 17:00", "已完成"],
  ["T02", "会前", "起草主报告、讲话稿", "刘洋", "材料组", "2026-11-28 17:00", "进行中"],
  ["T03", "会前", "落实协议酒店房源", "李娜", "接待组", "2026-11-30", "受阻"],
  ["T04", "会前", "印发会议通知", "张伟", "会务组", "2026-12-01 17:00", "未开始"],
  ["T05", "会前", "制作座次表", "张伟", "会务组", "2026-11-29", ""],
];

describe("tasks.overdue", () => {
  it("reports tasks past their deadline that are not done, at their status", () => {
    const f = check(overdue, { 任务: tasks }, "2026-12-01");
    expect(brief(f)).toEqual(["error 任务!G3 tasks.overdue", "error 任务!G4 tasks.overdue", "error 任务!G6 tasks.overdue"]);
    expect(f[0].message.zh).toBe("会前任务“起草主报告、讲话稿”（T02）的截止时间是2026年11月28日 17:00，已逾期 3 天，状态仍为“进行中”。");
    expect(f[0].message.en).toBe(
      'Pre-meeting task "起草主报告、讲话稿" (T02) was due 28 November 2026, 17:00 and is 3 days overdue; its status is still "In progress".',
    );
    expect(f[0].fix?.zh).toContain("催办负责人刘洋");
  });

  it("keeps a blocked task an error and asks for the block to be cleared", () => {
    const blocked = check(overdue, { 任务: tasks }, "2026-12-01")[1];
    expect(blocked.severity).toBe("error");
    expect(blocked.message.zh).toContain("状态仍为“受阻”");
    expect(blocked.fix?.zh).toContain("排除受阻原因");
  });

  it("reports an empty status as not started, and points at the empty status cell", () => {
    const f = check(overdue, { 任务: tasks }, "2026-12-01")[2];
    expect(f.cell).toBe("G6");
    expect(f.message.zh).toContain("状态仍为“未开始”");
  });

  it("says nothing on the due day itself or before", () => {
    expect(check(overdue, { 任务: tasks }, "2026-11-28")).toEqual([]);
  });

  it("leaves an unreadable status to the parser", () => {
    const odd = [header, ["T09", "会前", "会场布置", "王芳", "", "2026-11-20", "已取消"]];
    expect(check(overdue, { 任务: odd }, "2026-12-01")).toEqual([]);
  });

  it("reads English headers and statuses", () => {
    const en = [
      ["ID", "Phase", "Task", "Owner", "Due", "Status"],
      ["T02", "Before", "Draft the main report", "Sam Lee", "2026-11-28", "In progress"],
      ["T03", "After", "Settle the accounts", "Mia Wong", "2026-11-27", "Done"],
    ];
    const f = check(overdue, { Tasks: en }, "2026-12-01");
    expect(brief(f)).toEqual(["error Tasks!F2 tasks.overdue"]);
    expect(f[0].message.en).toBe(
      'Pre-meeting task "Draft the main report" (T02) was due 28 November 2026 and is 3 days overdue; its status is still "In progress".',
    );
  });

  it("can be switched off on the Event sheet", () => {
    expect(check(overdue, { 会议信息: [["关闭的规则", "tasks.overdue"]], 任务: tasks }, "2026-12-01")).toEqual([]);
  });

  it("without a status column says once that the check did not run", () => {
    expect(brief(check(overdue, { 任务: tasks.map((r) => r.slice(0, 6)) }, "2026-12-01"))).toEqual(["info 任务!G1 rules.missing-column"]);
  });
});
