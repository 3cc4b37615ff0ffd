import { dependencyOpen } from "../../../../src/core/rules/tasks/dependencyOpen";
import { brief, check } from "../ruleHarness";

const header = ["编号", "任务", "状态", "依赖"];
const tasks = [
  header,
  ["T01", "制定会议方案", "已完成", ""],
  ["T02", "确定会议议程", "进行中", "T01"],
  ["T03", "起草主报告、讲话稿", "未开始", "T2"],
  ["T04", "印制会议材料", "已完成", "T03、T01"],
  ["T05", "印发会议通知", "已完成", "确定会议议程"],
  ["T06", "制作桌签", "进行中", "T03"],
  ["T07", "会场布置", "已完成", "起草主报告、讲话稿"],
];

describe("tasks.dependency-open", () => {
  it("warns about a done task whose predecessor is not done, by ID or by task name", () => {
    const f = check(dependencyOpen, { 任务: tasks });
    expect(brief(f)).toEqual([
      "warning 任务!C5 tasks.dependency-open",
      "warning 任务!C6 tasks.dependency-open",
      "warning 任务!C8 tasks.dependency-open",
    ]);
    expect(f[0].message.zh).toBe("“印制会议材料”（T04）已标为完成，但其前置任务“起草主报告、讲话稿”（T03，未开始）尚未完成。");
    expect(f[1].message.en).toBe(
      '"印发会议通知" (T05) is marked done, but it depends on "确定会议议程" (T02, In progress), which is not done.',
    );
  });

  it("does not report a task in progress: preparation overlaps", () => {
    expect(check(dependencyOpen, { 任务: tasks }).map((f) => f.cell)).not.toContain("C7");
  });

  it("says nothing when every predecessor of a done task is done", () => {
    const fine = [header, ["T01", "制定会议方案", "已完成", ""], ["T02", "确定会议议程", "已完成", "T1"]];
    expect(check(dependencyOpen, { 任务: fine })).toEqual([]);
  });

  it("lists several open predecessors in one finding", () => {
    const two = [header, ["1", "A", "未开始", ""], ["2", "B", "受阻", ""], ["3", "C", "已完成", "1, 2"]];
    const f = check(dependencyOpen, { 任务: two });
    expect(f).toHaveLength(1);
    expect(f[0].message.en).toBe(
      '"C" (3) is marked done, but it depends on "A" (1, Not started) and "B" (2, Blocked), which are not done.',
    );
  });

  it("can be switched off, and needs a dependency column", () => {
    expect(check(dependencyOpen, { 会议信息: [["关闭的规则", "tasks.dependency-open"]], 任务: tasks })).toEqual([]);
    expect(brief(check(dependencyOpen, { 任务: tasks.map((r) => r.slice(0, 3)) }))).toEqual(["info 任务!D1 rules.missing-column"]);
  });
});
