import { plannersPlacements } from "../../../../src/core/record/plannersPlacements";
import { optimiseTables } from "../../../../src/core/seating/tables/optimise";
import { readTableSettings } from "../../../../src/core/seating/tables/settings";
import { seatNumberOf, tableNumberOf, tableProblemFromWorkbook } from "../../../../src/core/seating/tables/fromWorkbook";
import { workbook } from "../../rules/ruleHarness";
import { RUN, tableOf, violations } from "./tableHarness";

const header = ["编号", "姓名", "单位", "排序", "身份", "VIP", "回执", "生活习俗", "同行", "不同桌", "桌号", "锁定"];
const event = (rows: [string, string | number][] = []) => [["会议名称", "年会"], ["每桌人数", 4], ...rows];

function build(roster: (string | number)[][], eventRows: [string, string | number][] = []) {
  const parsed = workbook({ 会议信息: event(eventRows), 参会人员: [header, ...roster] });
  const { settings, findings } = readTableSettings(parsed.event);
  return { problem: tableProblemFromWorkbook(parsed, settings), settings, findings };
}

describe("tableProblemFromWorkbook", () => {
  const roster = [
    ["A01", "张局长", "市财政局", 1, "出席", "是", "已确认", "", "", "", "", ""],
    ["A02", "王秘书", "市财政局", 20, "工作人员", "", "已确认", "", "张局长", "", "", ""],
    ["A03", "李处长", "市发改委", 5, "出席", "", "请假", "", "", "", "", ""],
    ["A04", "赵主任", "市发改委", 6, "出席", "", "已确认", "清真", "", "A05", "3", "是"],
    ["A05", "钱科长", "市发改委", 7, "出席", "", "待确认", "", "", "", "", ""],
    ["A06", "孙会务", "会务组", 30, "工作人员", "", "已确认", "", "", "", "", ""],
    ["A07", "周夫人", "", 8, "嘉宾", "", "已确认", "", "F1", "查无此人", "", ""],
    ["A08", "吴先生", "", 9, "嘉宾", "", "已确认", "", "F1", "", "", "是"],
  ];

  it("seats active people, leaves out staff unless they accompany a guest, and resolves parties and keep-apart", () => {
    const { problem } = build(roster);
    expect(problem.guests.map((g) => g.id)).toEqual(["A01", "A02", "A04", "A05", "A07", "A08"]);
    const by = new Map(problem.guests.map((g) => [g.id, g]));
    expect(by.get("A01")!.party).not.toBe("");
    expect(by.get("A02")!.party).toBe(by.get("A01")!.party);
    expect(by.get("A07")!.party).toBe(by.get("A08")!.party);
    expect(by.get("A04")).toMatchObject({ keepApart: ["A05"], lockedTable: 3, vip: false, precedence: 6 });
    expect(by.get("A01")).toMatchObject({ vip: true, organisation: "市财政局" });
    expect(problem.warnings!.map((w) => w.message.zh)).toEqual([
      "周夫人的“不同桌”中的“查无此人”在名单中找不到。",
      "吴先生已锁定但没有桌号，由系统安排桌次。",
    ]);
    // 6 diners at tables of 4, and table 3 is locked: three tables, more may be opened.
    expect(problem.tables).toEqual([1, 2, 3].map((table) => ({ table, capacity: 4 })));
    expect(problem.extraTableCapacity).toBe(4);
  });

  it("feeds a plan that keeps every rule", () => {
    const { problem } = build(roster);
    const r = optimiseTables(problem, RUN);
    expect(violations(problem, r)).toEqual([]);
    expect(tableOf(r).get("A01")).toBe(1);
  });

  it("reads the banquet settings from the Event sheet", () => {
    const { problem, settings, findings } = build(roster, [
      ["主桌人数", 6],
      ["桌数", 4],
      ["工作人员就餐", "是"],
      ["清真桌", "是"],
      ["同单位安排", "混坐"],
      ["分桌依据", "分组"],
      ["孤坐权重", 5],
      ["随机种子", 42],
      ["桌号写回名单", "否"],
    ]);
    expect(findings).toEqual([]);
    expect(settings).toMatchObject({
      mainTableSeats: 6,
      tableCount: 4,
      staffDine: true,
      dietTables: ["清真"],
      mode: "mix",
      groupBy: "group",
      seed: 42,
      rosterWriteBack: false,
    });
    expect(settings.weights.alone).toBe(5);
    expect(problem.tables.map((t) => t.capacity)).toEqual([6, 4, 4, 4]);
    expect(problem.extraTableCapacity).toBeUndefined();
    expect(problem.guests.find((g) => g.id === "A06")).toBeDefined();
    expect(problem.guests.find((g) => g.id === "A04")!.dietTable).toBe("清真");
  });

  it("says which setting it could not read and keeps the default", () => {
    const { settings, findings } = build(roster, [["同单位安排", "随便"]]);
    expect(settings.mode).toBe("together");
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.id}`)).toEqual(["会议信息!B3 settings.invalid"]);
  });

  it("reads table numbers as planners type them", () => {
    expect(["3", "3号桌", "第3桌", "Table 3", "主桌", "１２", "第一桌", "十二号桌"].map(tableNumberOf)).toEqual([3, 3, 3, 3, 1, 12, 1, 12]);
    expect(tableNumberOf("靠窗")).toBe(0);
  });

  it("reads seat numbers as planners type them, and keeps a locked or typed table and seat and the roster row", () => {
    expect(["5", "5号", "5号座", "Seat 5", "第5座", "５"].map(seatNumberOf)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(seatNumberOf("靠门")).toBe(0);
    expect(seatNumberOf("第三座")).toBe(3);
    const parsed = workbook({
      会议信息: event(),
      参会人员: [
        ["编号", "姓名", "桌号", "座位", "锁定"],
        ["A01", "张局长", "2", "3号", "是"],
        ["A02", "王处长", "2", "4", ""],
        ["A03", "李科长", "3", "1", "否"],
      ],
    });
    const settings = readTableSettings(parsed.event).settings;
    const guests = tableProblemFromWorkbook(parsed, settings).guests;
    expect(guests.map((g) => [g.id, g.lockedTable, g.lockedSeat, g.row])).toEqual([
      ["A01", 2, 3, 1],
      ["A02", 2, 4, 2],
      ["A03", undefined, undefined, 3],
    ]);
    // A value still as Huiwu wrote it is the plan's to change.
    const record = new Map([["id:a02", { table: "2", seat: "4" }]]);
    const again = tableProblemFromWorkbook(parsed, settings, plannersPlacements(parsed.roster, record)).guests;
    expect(again.map((g) => g.lockedTable)).toEqual([2, undefined, undefined]);
  });

  it("honours a planner's plan: a table fuller than 每桌人数 stays as planned, a named table keeps its name", () => {
    const people = Array.from({ length: 12 }, (_, i) => [`P${i + 1}`, `客人${i + 1}`, i < 12 ? "1" : ""]);
    const parsed = workbook({
      会议信息: event(),
      参会人员: [["编号", "姓名", "桌号"], ...people, ["Q1", "新客", ""], ["Q2", "亲友甲", "亲友"]],
    });
    const p = tableProblemFromWorkbook(parsed, readTableSettings(parsed.event).settings);
    expect(p.tables.find((t) => t.table === 1)!.capacity).toBe(12);
    expect(p.warnings!.map((w) => w.message.zh)).toContain("名单中1号桌已安排 12 人，多于每桌人数 4；按名单保留，该桌按 12 座排。");
    const family = p.guests.find((g) => g.id === "Q2")!;
    expect(p.tableLabels![family.lockedTable!]).toBe("亲友");
    expect(p.tables.some((t) => t.table === family.lockedTable)).toBe(true);
  });
});
