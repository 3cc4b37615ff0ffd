import { perHeadMismatch } from "../../../../src/core/rules/budget/perHeadMismatch";
import type { CellValue } from "../../../../src/core/cellValue";
import { brief, check } from "../ruleHarness";

const event = [
  ["开始时间", "2026-12-10 09:00"],
  ["结束时间", "2026-12-11 17:30"],
  ["报到时间", "2026-12-09 14:00"],
];
const hotels = [
  ["酒店", "房型", "房间数", "床位"],
  ["滨江酒店", "标准间", 10, 2],
  ["滨江酒店", "单人间", 5, 1],
];
/** 5 confirmed attendees, 1 pending, 1 on leave, 2 confirmed staff; 4 confirmed and 1 pending need a room. */
const roster = [
  ["姓名", "身份", "回执", "需住宿", "酒店", "房型", "抵达时间", "返程时间"],
  ["张伟", "出席", "已确认", "是", "滨江酒店", "标准间", "", ""],
  ["李娜", "出席", "已确认", "是", "滨江酒店", "标准间", "2026-12-09 15:00", "2026-12-11 18:00"],
  ["王芳", "出席", "已确认", "是", "滨江酒店", "单人间", "", ""],
  ["刘洋", "出席", "已确认", "否", "", "", "", ""],
  ["陈静", "出席", "待确认", "是", "滨江酒店", "标准间", "", ""],
  ["杨帆", "嘉宾", "已确认", "否", "", "", "", ""],
  ["赵磊", "出席", "请假", "是", "滨江酒店", "标准间", "", ""],
  ["周敏", "工作人员", "已确认", "是", "滨江酒店", "标准间", "", ""],
  ["吴昊", "工作人员", "已确认", "否", "", "", "", ""],
];
const header = ["类别", "项目", "数量", "单价", "预算金额"];
const line = (category: string, item: string, quantity: CellValue): CellValue[] => [category, item, quantity, 10, 100];
/** Text cells are read half-width, so "（3餐）" comes back as "(3餐)" in messages. */
const run = (lines: CellValue[][], ev: CellValue[][] = event) =>
  check(perHeadMismatch, { 会议信息: ev, 参会人员: roster, 预算: [header, ...lines], 酒店: hotels });

describe("budget.per-head-mismatch", () => {
  it("says nothing when meals, papers and room-nights fit the roster", () => {
    // Meals: 7 confirmed (staff included) to 8 people, × 3; papers: 5–8; rooms: 5 (sharing) to 10 room-nights.
    const fits = [line("餐饮", "工作餐（3餐）", 21), line("资料制作费", "会议材料", 5), line("住宿", "协议酒店（间夜）", 6)];
    expect(run(fits)).toEqual([]);
  });

  it("warns when a meal count falls short of the confirmed people, staff included", () => {
    const f = run([line("餐饮", "工作餐（3餐）", 15)]);
    expect(brief(f)).toEqual(["warning 预算!C2 budget.per-head-mismatch"]);
    expect(f[0].message.zh).toBe("餐饮“工作餐（3餐）”数量为 15，按名单至少需要 21：已确认 7 人（含工作人员 2 人），每人 3 份。");
    expect(f[0].message.en).toBe(
      "餐饮 “工作餐（3餐）”: the quantity is 15, but the roster needs at least 21: 7 confirmed people (2 of them staff), 3 each.",
    );
  });

  it("leaves staff out of the minimum when a 工作人员费用 line budgets their meals and rooms", () => {
    expect(run([line("餐饮", "工作餐（三餐）", 15), line("工作人员费用", "工作人员食宿", "")])).toEqual([]);
  });

  it("warns when a quantity is above everyone still expected, pending and staff included", () => {
    const f = run([line("资料制作费", "会议材料", 20)]);
    expect(f[0].message.zh).toBe("资料制作费“会议材料”数量为 20，按名单最多需要 8：共 8 人（含待确认 1 人、工作人员 2 人）。");
  });

  it("counts room-nights from arrival and departure, defaulting to check-in and the end of the meeting", () => {
    const few = run([line("住宿", "协议酒店（间夜）", 4)]);
    expect(few[0].message.zh).toBe(
      "住宿“协议酒店（间夜）”数量为 4，按名单至少需要 5：已确认需住宿的 4 人（含工作人员 1 人），共 8 人夜，按房型床位合住。",
    );
    const many = run([line("住宿", "协议酒店（间夜）", 12)]);
    expect(many[0].message.en).toBe(
      "住宿 “协议酒店（间夜）”: the quantity is 12, but the roster needs at most 10: 5 hotel guests in all (1 not yet confirmed, 1 staff), 10 person-nights, each in a room of their own.",
    );
  });

  it("counts people for a hotel line kept per person, and tables for a banquet", () => {
    expect(run([line("住宿", "住宿（按人数）", 5)])).toEqual([]);
    expect(brief(run([line("住宿", "住宿（按人数）", 2)]))).toEqual(["warning 预算!C2 budget.per-head-mismatch"]);
    expect(run([line("餐饮", "欢迎晚宴（1桌）", 1)])).toEqual([]);
    const tables = run([line("餐饮", "欢迎晚宴（3桌）", 3)], [...event, ["每桌人数", 4]]);
    expect(tables[0].message.zh).toBe(
      "餐饮“欢迎晚宴（3桌）”数量为 3，按名单最多需要 2：共 8 人（含待确认 1 人、工作人员 2 人），每桌 4 人。",
    );
  });

  it("follows the tolerance set on the Event sheet", () => {
    expect(run([line("餐饮", "工作餐（3餐）", 15)], [...event, ["人数核对容差", "30%"]])).toEqual([]);
  });

  it("checks only catering, printing and hotel lines that have a quantity", () => {
    expect(run([line("会议厅费", "主会场", 2), line("餐饮", "工作餐", ""), line("水费", "饮用水（2天）", 1)])).toEqual([]);
  });

  it("skips hotel lines when the roster does not say who needs a room", () => {
    const noHotel = roster.map((r) => r.slice(0, 3));
    const f = check(perHeadMismatch, { 会议信息: event, 参会人员: noHotel, 预算: [header, line("住宿", "协议酒店", 99)] });
    expect(f).toEqual([]);
  });

  it("works on English sheets", () => {
    const f = check(perHeadMismatch, {
      Event: event.map(([k, v]) => [k === "开始时间" ? "Start" : k === "结束时间" ? "End" : "Check-in time", v]),
      Roster: [
        ["Name", "Role", "Status"],
        ["Alice Chen", "Attendee", "Confirmed"],
        ["Robert Miles", "Staff", "Confirmed"],
      ],
      Budget: [
        ["Category", "Item", "Quantity", "Budget"],
        ["Catering", "Working meals, 3 sittings", 6, 108],
        ["Printing", "Meeting papers", 9, 72],
      ],
    });
    expect(brief(f)).toEqual(["warning Budget!C3 budget.per-head-mismatch"]);
    expect(f[0].message.en).toBe(
      "Printing “Meeting papers”: the quantity is 9, but the roster needs at most 2: 2 people in all (1 staff).",
    );
  });

  it("without a quantity column says once that the check did not run", () => {
    const f = check(perHeadMismatch, {
      参会人员: roster,
      预算: [
        ["类别", "项目", "预算金额"],
        ["餐饮", "工作餐", 100],
      ],
    });
    expect(brief(f)).toEqual(["info 预算!D1 rules.missing-column"]);
  });

  it("can be switched off on the Event sheet", () => {
    expect(run([line("餐饮", "工作餐（3餐）", 1)], [...event, ["关闭的规则", "budget.per-head-mismatch"]])).toEqual([]);
  });
});
