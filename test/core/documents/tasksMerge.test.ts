import { readInputs } from "../../../src/app/readInputs";
import type { CellValue } from "../../../src/core/cellValue";
import type { TaskItem } from "../../../src/core/documents/taskItem";
import { mergeIntoTasks } from "../../../src/core/documents/tasksMerge";
import { localToSerial } from "../../../src/core/schema/normalize/serial";
import { MemoryGateway } from "../../fakes/memoryGateway";

const EVENT = [["会议名称", "年度工作会议"]];
const HEAD = ["编号", "阶段", "任务", "负责人", "小组", "截止时间", "状态"];

const notice: TaskItem = { key: "HW-B03", phase: "pre", task: "印发会议通知", group: "会务组", due: { date: "2026-12-03", time: "09:00" } };
const desk: TaskItem = { key: "HW-B20", phase: "pre", task: "设立签到台", group: "会务组", due: { date: "2026-12-09", time: "14:00" } };

/** Merges the items into the gateway's Tasks sheet and applies the result, as the documents command does. */
async function merge(g: MemoryGateway, items: TaskItem[]) {
  const { parsed, snapshot } = await readInputs(g);
  const result = mergeIntoTasks({
    tasks: parsed.tasks,
    snapshot: snapshot.sheets.find((s) => s.name === parsed.tasks.sheet),
    items,
    lang: parsed.lang,
  });
  if (result.sheet) await g.apply({ sheets: [result.sheet] });
  return result;
}

function book(tasks?: CellValue[][]): MemoryGateway {
  return new MemoryGateway({
    会议信息: EVENT,
    参会人员: [
      ["编号", "姓名"],
      ["A001", "张伟"],
    ],
    ...(tasks ? { 任务: tasks } : {}),
  });
}

describe("mergeIntoTasks", () => {
  it("adds the items below the planner's rows, with key, phase, group, due and 未开始, and touches nothing else", async () => {
    const g = book([HEAD, ["T01", "会前", "确定会场", "王芳", "会务组", "", "进行中"]]);
    const r = await merge(g, [notice, desk]);
    expect(r).toMatchObject({ added: 2, moved: 0, present: 0 });
    expect(g.sheets.get("任务")).toEqual([
      HEAD,
      ["T01", "会前", "确定会场", "王芳", "会务组", "", "进行中"],
      ["HW-B03", "会前", "印发会议通知", "", "会务组", localToSerial("2026-12-03", "09:00"), "未开始"],
      ["HW-B20", "会前", "设立签到台", "", "会务组", localToSerial("2026-12-09", "14:00"), "未开始"],
    ]);
  });

  it("run twice gives the same Tasks sheet", async () => {
    const g = book([HEAD]);
    await merge(g, [notice, desk]);
    const once = structuredClone(g.sheets.get("任务"));
    const again = await merge(g, [notice, desk]);
    expect(again).toEqual({ added: 0, moved: 0, present: 2 });
    expect(g.sheets.get("任务")).toEqual(once);
  });

  it("recognises a task the planner already typed without a key, fills in the key and does not add it again", async () => {
    const g = book([HEAD, ["", "会前", "印发会议通知", "李娜", "", "", "已完成"]]);
    const r = await merge(g, [notice]);
    expect(r).toMatchObject({ added: 0, present: 1 });
    expect(g.sheets.get("任务")![1]).toEqual(["HW-B03", "会前", "印发会议通知", "李娜", "", "", "已完成"]);
  });

  it("moves an untouched due date with the meeting and keeps one the planner changed", async () => {
    const g = book([HEAD]);
    await merge(g, [notice, desk]);
    // The planner moves the check-in desk by hand; then the meeting moves a day later.
    g.sheets.get("任务")![2][5] = localToSerial("2026-12-08", "16:00");
    const later = (item: TaskItem, date: string): TaskItem => ({ ...item, previousDue: item.due, due: { ...item.due!, date } });
    const r = await merge(g, [later(notice, "2026-12-04"), later(desk, "2026-12-10")]);
    expect(r).toMatchObject({ added: 0, moved: 1, present: 2 });
    expect(g.sheets.get("任务")!.map((row) => row[5])).toEqual([
      "截止时间",
      localToSerial("2026-12-04", "09:00"),
      localToSerial("2026-12-08", "16:00"),
    ]);
  });

  it("adds a 编号 column after the last one when the Tasks sheet has none", async () => {
    const g = book([
      ["任务", "负责人"],
      ["确定会场", "王芳"],
    ]);
    await merge(g, [notice]);
    expect(g.sheets.get("任务")!.map((row) => [...row, "", ""].slice(0, 3))).toEqual([
      ["任务", "负责人", "编号"],
      ["确定会场", "王芳", ""],
      ["印发会议通知", "", "HW-B03"],
    ]);
  });

  it("creates the Tasks sheet from the template when the workbook has none", async () => {
    const g = book();
    const r = await merge(g, [notice]);
    expect(r.sheet).toMatchObject({ name: "任务", mode: "create", exists: false });
    expect(g.sheets.get("任务")![1].slice(0, 3)).toEqual(["HW-B03", "会前", "印发会议通知"]);
  });

  it("stops without writing when a co-author added a row where the new tasks were to go", async () => {
    const g = book([HEAD]);
    const { parsed, snapshot } = await readInputs(g);
    const r = mergeIntoTasks({
      tasks: parsed.tasks,
      snapshot: snapshot.sheets.find((s) => s.name === "任务"),
      items: [notice],
      lang: "zh",
    });
    g.sheets.get("任务")!.push(["T09", "会中", "茶歇", "", "", "", ""]);
    await expect(g.apply({ sheets: [r.sheet!] })).rejects.toThrow(/changed/);
    expect(g.sheets.get("任务")).toHaveLength(2);
  });
});
