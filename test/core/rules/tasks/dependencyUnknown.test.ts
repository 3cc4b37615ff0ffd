import { dependencyUnknown } from "../../../../src/core/rules/tasks/dependencyUnknown";
import { brief, check } from "../ruleHarness";

const header = ["编号", "任务", "状态", "依赖"];
const tasks = [
  header,
  ["T01", "制定会议方案", "已完成", ""],
  ["T02", "确定会议议程", "进行中", "T01"],
  ["T03", "起草主报告、讲话稿", "未开始", "T02、T99"],
  ["T04", "印制会议材料", "未开始", "起草主报告、讲话稿"],
  ["T05", "印发会议通知", "未开始", "确定议程"],
];

describe("tasks.dependency-unknown", () => {
  it("warns about a predecessor that names no task, at the dependency cell", () => {
    const f = check(dependencyUnknown, { 任务: tasks });
    expect(brief(f)).toEqual(["warning 任务!D4 tasks.dependency-unknown", "warning 任务!D6 tasks.dependency-unknown"]);
    expect(f[0].message.zh).toBe("“起草主报告、讲话稿”（T03）的前置任务“T99”在任务表中找不到。");
    expect(f[1].message.en).toBe('"印发会议通知" (T05) depends on "确定议程", which matches no task on the sheet.');
  });

  it("matches IDs without leading zeros and English task names with spaces", () => {
    const en = [
      ["ID", "Task", "Depends on"],
      ["T01", "Draft the conference plan", ""],
      ["T02", "Confirm the agenda", "t1"],
      ["T03", "Send the notice", "Confirm the agenda, T 2"],
    ];
    expect(check(dependencyUnknown, { Tasks: en })).toEqual([]);
  });

  it("can be switched off", () => {
    expect(check(dependencyUnknown, { 会议信息: [["关闭的规则", "tasks.dependency-unknown"]], 任务: tasks })).toEqual([]);
  });
});
