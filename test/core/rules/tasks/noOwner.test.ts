import { noOwner } from "../../../../src/core/rules/tasks/noOwner";
import { brief, check } from "../ruleHarness";

const header = ["编号", "阶段", "任务", "负责人", "小组", "截止时间", "状态"];
const tasks = [
  header,
  ["T01", "会前", "制定会议方案", "", "策划布置组", "2026-11-20", "已完成"],
  ["T02", "会中", "摄影摄像", "", "策划布置组", "2026-12-11", "未开始"],
  ["T03", "会中", "会议记录", "王芳", "材料组", "2026-12-11", "未开始"],
  ["", "会后", "资料归档", "  ", "", "2026-12-30", ""],
];

describe("tasks.no-owner", () => {
  it("reports open tasks without an owner, at the empty owner cell", () => {
    const f = check(noOwner, { 任务: tasks });
    expect(brief(f)).toEqual(["warning 任务!D3 tasks.no-owner", "warning 任务!D5 tasks.no-owner"]);
    expect(f[0].message.zh).toBe("会中任务“摄影摄像”（T02）没有负责人。");
    expect(f[0].message.en).toBe('On-site task "摄影摄像" (T02) has no owner.');
    expect(f[0].fix?.zh).toBe("从“策划布置组”中指定一名负责人，做到责任到人。");
    expect(f[1].message.zh).toBe("会后任务“资料归档”没有负责人。");
    expect(f[1].fix?.en).toBe("Name one person as its owner.");
  });

  it("says nothing when every open task has an owner", () => {
    expect(check(noOwner, { 任务: tasks.slice(0, 2).concat([tasks[3]]) })).toEqual([]);
  });

  it("leaves an owner cell showing an error value to the parser", () => {
    const err = [header, ["T02", "会中", "摄影摄像", "#N/A", "", "", "未开始"]];
    expect(check(noOwner, { 任务: err })).toEqual([]);
  });

  it("names a task without a name by its row", () => {
    const f = check(noOwner, {
      Tasks: [
        ["Task", "Owner", "Notes"],
        ["", "", "call the printer"],
      ],
    });
    expect(f[0].message.en).toBe("The task on row 2 has no owner.");
    expect(f[0].message.zh).toBe("第2行的任务没有负责人。");
  });

  it("can be switched off, and says once when there is no owner column", () => {
    expect(check(noOwner, { 会议信息: [["关闭的规则", "tasks.no-owner"]], 任务: tasks })).toEqual([]);
    const noOwnerColumn = tasks.map((r) => [r[0], r[1], r[2], r[4], r[5], r[6]]);
    expect(brief(check(noOwner, { 任务: noOwnerColumn }))).toEqual(["info 任务!G1 rules.missing-column"]);
  });
});
